#pragma once

#include "model/Audit.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace firebreak::ui {

// The banner row at the top of the window when the audit chain fails
// verification (UX.md). It names the first bad sequence number and what
// was found, and never stops the user from working with the case.
class AuditBanner : public QFrame {
    Q_OBJECT
public:
    explicit AuditBanner(QWidget *parent = nullptr);

    // Shows the banner for a broken verdict (or a verification that could
    // not run), hides it otherwise.
    void setVerdict(const AuditVerdict &verdict);
    void setVerificationFailed(const QString &message);
    QString text() const;

signals:
    void reverifyRequested();
    void showAuditLogRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_showLog;
    QPushButton *m_reverify;
};

} // namespace firebreak::ui
