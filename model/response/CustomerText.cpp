#include "CustomerText.h"

#include <QRegularExpression>

namespace firebreak {

QStringList customerTextSections()
{
    return {QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("impact"),
            QStringLiteral("cause"), QStringLiteral("actions"), QStringLiteral("contact")};
}

QString customerNoticeField(const QString &what, qint64 noticeId)
{
    return QStringLiteral("notice-%1:%2").arg(what).arg(noticeId);
}

bool isCustomerTextField(const QString &field)
{
    static const QRegularExpression notice(QStringLiteral("^notice-(reference|delay-reason):[1-9][0-9]*$"));
    return customerTextSections().contains(field) || notice.match(field).hasMatch();
}

const CustomerText *CustomerTexts::find(const QString &field) const
{
    for (const CustomerText &t : m_texts)
        if (t.field == field && !t.text.trimmed().isEmpty())
            return &t;
    return nullptr;
}

} // namespace firebreak
