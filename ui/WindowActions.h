#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace firebreak::ui {

// Every command of the main window as a QAction with its shortcut and
// objectName, plus the menus and toolbar built from them. Keeping them here
// keeps MainWindow about behaviour, not wiring.
class WindowActions : public QObject {
    Q_OBJECT
public:
    explicit WindowActions(QMainWindow *window);

    // Store-dependent actions are disabled while no store is open.
    void setStoreOpen(bool open);
    // An observer in a team store: the actions that write are disabled (the
    // server would refuse them anyway; this says so before anyone tries).
    void setReadOnly(bool readOnly);
    void setIncidentSelected(bool selected);

    QAction *newStore;
    QAction *openStore;
    QAction *settings;
    QAction *quit;
    QAction *newIncident;
    QAction *addPerson;
    QAction *addSystem;
    QAction *acquireImage;
    QAction *refresh;
    QAction *find;
    QAction *verifyAudit;
    QAction *about;

private:
    QAction *make(const char *objectName, const QString &text, const QKeySequence &shortcut, const QString &tip);
    void buildMenus(QMainWindow *window);
    void buildToolBar(QMainWindow *window);

    bool m_storeOpen = false;
    bool m_incidentSelected = false;
    bool m_readOnly = false;
};

} // namespace firebreak::ui
