#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace firebreak {

// Text that a person wrote or approved for the customer (issue #20). The
// customer-facing Reason-for-Outage is built from an allow-list: these
// texts plus structured facts. Nothing typed for internal use reaches the
// customer unless someone approves it here, and each approval is audited.
//
// Fields: the RFO's sections (customerTextSections()), or a notice's typed
// value made customer-visible: "notice-reference:<notice id>",
// "notice-delay-reason:<notice id>".
struct CustomerText {
    QString incidentId;
    QString field;
    QString text;
    QString approvedBy;
    QDateTime approvedAt; // UTC
};

QStringList customerTextSections();                                // title, summary, impact, cause, actions, contact
QString customerNoticeField(const QString &what, qint64 noticeId); // what: reference | delay-reason
bool isCustomerTextField(const QString &field);

// The approved texts of one incident, looked up by field.
class CustomerTexts {
public:
    CustomerTexts() = default;
    explicit CustomerTexts(QList<CustomerText> texts) : m_texts(std::move(texts)) {}
    const CustomerText *find(const QString &field) const; // null when not approved (or empty)
    const QList<CustomerText> &all() const { return m_texts; }

private:
    QList<CustomerText> m_texts;
};

} // namespace firebreak
