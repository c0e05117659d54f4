#pragma once

#include <QChar>
#include <QString>

namespace firebreak::documents {

// Stands in for a table-of-contents page number until layout knows it.
// Private-use characters: no incident text or template contains them.
inline QString tocMarker(int index)
{
    return QString(QChar(0xE000)) + QString::number(index) + QString(QChar(0xE001));
}

} // namespace firebreak::documents
