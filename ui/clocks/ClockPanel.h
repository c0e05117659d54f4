#pragma once

#include "model/clocks/ClockService.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace firebreak::ui {

class ClockCard;

// The notification clocks of one incident, most urgent first, each with
// its live countdown and the buttons that end it. Nothing is kept in the
// timer: every tick asks ClockService, whose answer depends only on the
// store and the store's Clock, so a ManualClock drives it in tests.
class ClockPanel : public QWidget {
    Q_OBJECT
public:
    ClockPanel(CaseStore &store, ClockService &service, QWidget *parent = nullptr);

    void setIncidentId(const QString &incidentId);
    QString incidentId() const { return m_incidentId; }

    ClockCard *card(const QString &clockId) const { return m_cards.value(clockId); }
    QStringList clockIds() const { return m_order; } // as shown, most urgent first

    static constexpr int kTickMs = 1000;

public slots:
    // Re-reads the clocks and repaints the countdowns.
    void refresh();
    // Open the dialogs (window-modal, open() not exec()); they are children
    // of the panel with the objectNames classifyDialog, noticeDialog, …
    void openClassify();
    void openNotice(const QString &clockId);
    void openWaive(const QString &clockId);
    void openDelay(const QString &clockId);
    void openDraft(const QString &clockId);

signals:
    // Something was recorded (classification, amendment, notice, waiver,
    // breach facts): the owner refreshes lists, banners and the audit log.
    void clocksChanged(const QString &incidentId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild(const QList<ClockStatus> &clocks);
    void changed();
    void showDialog(QDialog *dialog);

    CaseStore &m_store;
    ClockService &m_service;
    QString m_incidentId;
    QLabel *m_heading;
    QPushButton *m_classify;
    QLabel *m_empty;
    QLabel *m_error;
    QScrollArea *m_scroll;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QHash<QString, ClockCard *> m_cards;
    QStringList m_order;
    QStringList m_layoutKey; // ids and whether each is ended: rebuild when it changes
    QLabel *m_endedHeading = nullptr;
    QTimer *m_timer;
};

} // namespace firebreak::ui
