#pragma once

#include "model/Evidence.h"

#include <QWidget>

class QLabel;

namespace firebreak::ui {

// Everything about one evidence item, as selectable text: the facts and
// the three full hashes, where it is kept, how volatile it was, where it
// came from and who collected it, times in local time and UTC; for images
// the segments and bad sectors. Below: the chain of custody and the
// verification history, oldest first, so the story reads top to bottom.
class EvidenceDetails : public QWidget {
    Q_OBJECT
public:
    explicit EvidenceDetails(QWidget *parent = nullptr);

    void showItem(const EvidenceItem &item, const QList<CustodyEvent> &custody,
                  const QList<VerificationEvent> &verifications);
    void showMessage(const QString &text);

    QString factsText() const;
    QString custodyText() const;
    QString verificationText() const;

private:
    QLabel *m_title;
    QLabel *m_alert;
    QLabel *m_facts;
    QLabel *m_custodyCaption;
    QLabel *m_custody;
    QLabel *m_verificationCaption;
    QLabel *m_verifications;
    QLabel *m_message;
};

// "2026-11-23 03:12 CET · 02:12:05 UTC".
QString bothTimes(const QDateTime &t);

} // namespace firebreak::ui
