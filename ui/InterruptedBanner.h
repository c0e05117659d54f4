#pragma once

#include "model/CaseStore.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace firebreak::ui {

// A banner row over the incident list when an acquisition recorded in the
// store never finished and its process is gone (the machine crashed, the
// imager was killed): at the next start the commander sees it at once, not
// only on the incident's Evidence tab. Orange like the chain warning: it
// needs attention, but nothing is overdue.
class InterruptedBanner : public QFrame {
    Q_OBJECT
public:
    explicit InterruptedBanner(QWidget *parent = nullptr);

    // Re-reads the store (nullptr hides the banner).
    void refresh(CaseStore *store);
    QString text() const;

signals:
    void showEvidenceRequested(const QString &incidentId);

private:
    QLabel *m_text;
    QPushButton *m_show;
    QString m_incidentId;
};

} // namespace firebreak::ui
