#pragma once

// PDFs are checked with poppler-utils (pdftotext, pdfinfo, pdffonts), the
// tools a recipient would use, rather than with our own reader.

#include "support/TestSupport.h"

#include <QMap>
#include <QRegularExpression>

namespace firebreak::doctest {

// Text of the whole document; pages are separated by form feeds.
inline QString pdfText(const QString &path, bool layout = true)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    return test::runProcess(QStringLiteral("pdftotext"), args).out;
}

inline QStringList pdfPages(const QString &path)
{
    QStringList pages = pdfText(path).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Whitespace collapsed, so text that wraps in a table cell still matches.
inline QString flat(const QString &s)
{
    return s.simplified();
}

inline QMap<QString, QString> pdfInfo(const QString &path, bool meta = false)
{
    QMap<QString, QString> out;
    const auto r = test::runProcess(QStringLiteral("pdfinfo"),
                                    meta ? QStringList{QStringLiteral("-meta"), path} : QStringList{path});
    if (meta) {
        out.insert(QStringLiteral("meta"), r.out);
        return out;
    }
    for (const QString &line : r.out.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            out.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return out;
}

struct FontRow {
    QString name;
    QString emb;
};

inline QList<FontRow> pdfFonts(const QString &path)
{
    QList<FontRow> rows;
    const QStringList lines = test::runProcess(QStringLiteral("pdffonts"), {path}).out.split(QLatin1Char('\n'));
    // name  type  encoding  emb sub uni  object ID: the three yes/no columns come before the object number.
    static const QRegularExpression row(
        QStringLiteral("^(\\S+)\\s.*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
    for (const QString &line : lines)
        if (const auto m = row.match(line); m.hasMatch())
            rows << FontRow{m.captured(1), m.captured(2)};
    return rows;
}

} // namespace firebreak::doctest
