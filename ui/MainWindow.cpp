#include "MainWindow.h"

#include "AboutDialog.h"
#include "AuditBanner.h"
#include "CheckpointKeeper.h"
#include "DialogChrome.h"
#include "IncidentDetailPane.h"
#include "IncidentListPane.h"
#include "InterruptedBanner.h"
#include "NewIncidentDialog.h"
#include "OpenStoreDialog.h"
#include "Palette.h"
#include "PlaceholderTableView.h"
#include "Preferences.h"
#include "ReadOnlyGate.h"
#include "SettingsDialog.h"
#include "StoreErrorPage.h"
#include "StoreNames.h"
#include "StoreStatus.h"
#include "WindowActions.h"
#include "acquisition/AcquisitionDialog.h"
#include "archive/HandoverDialog.h"
#include "clocks/ClockAlerter.h"
#include "clocks/ClockText.h"
#include "clocks/DeadlineBanner.h"
#include "forensics/imaging/Preflight.h"
#include "model/ChangeFeed.h"
#include "model/ShippedTexts.h"
#include "model/TeamAccess.h"

#include "model/StoreLocation.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QSizeGrip>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {

// A team-store role as the status bar and title show it.
QString roleText(StoreRole role)
{
    switch (role) {
    case StoreRole::Owner: return MainWindow::tr("store owner");
    case StoreRole::Commander: return MainWindow::tr("incident commander");
    case StoreRole::Responder: return MainWindow::tr("responder");
    case StoreRole::Observer: return MainWindow::tr("observer, read-only");
    }
    return {};
}

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kHeaderKey = QStringLiteral("mainWindow/incidentHeader");
const QString kLastDirKey = QStringLiteral("mainWindow/lastStoreDir");
const QString kLastStoreKey = QStringLiteral("mainWindow/lastStore");
} // namespace

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_clock(clock), m_actions(new WindowActions(this)), m_central(new QStackedWidget(this)),
      m_errorPage(new StoreErrorPage(this)), m_watcher(new ChangeFeed(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Firebreak"));

    m_workspace = buildWorkspace();
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_central->addWidget(m_workspace);
    m_central->addWidget(m_errorPage);
    setCentralWidget(m_central);
    m_status = new StoreStatus(statusBar());
    m_checkpoints = new CheckpointKeeper(checkpoints::defaultKeyPath(), statusBar());
    statusBar()->addPermanentWidget(m_checkpoints);
    connectActions();

    // Other workbenches and the CLI change the store too: show it.
    connect(m_watcher, &ChangeFeed::storeChanged, this, &MainWindow::refresh);
    connect(m_watcher, &ChangeFeed::reachabilityChanged, this, &MainWindow::showReachability);
    connect(m_watcher, &ChangeFeed::listeningChanged, m_status, &StoreStatus::setLive);

    // 1280x800 where there is room; on a 1366x768 laptop the window must not
    // hang below the screen with its status bar out of sight.
    QSize size(1280, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
    resize(size);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Dialogs, the detail pane and the watcher's thread hold references to the store.
    m_watcher->setStore(nullptr);
    closeDialogs();
    m_detail->setStore(nullptr);
    m_checkpoints->setStore(nullptr);
    m_deadlineBanner->setSource(nullptr, nullptr);
    m_alerter->setSource(nullptr, nullptr);
    readonly::setActive(false); // the gate is per process; the next window starts writable
}

QWidget *MainWindow::buildWorkspace()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("workspace"));
    m_banner = new AuditBanner(page);
    m_interrupted = new InterruptedBanner(page);
    connect(m_interrupted, &InterruptedBanner::showEvidenceRequested, this, [this](const QString &id) {
        selectIncident(id);
        m_detail->showEvidence();
    });
    // What is due comes first: notification clocks under 25 % or overdue.
    m_deadlineBanner = new DeadlineBanner(page);
    connect(m_deadlineBanner, &DeadlineBanner::incidentRequested, this, [this](const QString &id) {
        selectIncident(id);
        m_detail->showClocks();
    });
    // The list's "Next deadline" column ticks with the banner: one read of the open clocks.
    connect(m_deadlineBanner, &DeadlineBanner::clocksRead, this,
            [this](const QList<ClockStatus> &open, const QDateTime &now) {
                m_openClocks = open;
                m_list->setOpenClocks(open, now);
            });
    m_alerter = new ClockAlerter(nullptr, this);
    connect(m_alerter, &ClockAlerter::alertRaised, this, [this](const ClockAlert &alert) {
        // Elided to the room the status bar's permanent widgets leave, never
        // cut mid-word ("…Recipient: su"); the whole alert is in the tool tip.
        QString full = alert.title + QStringLiteral(" — ") + alert.message;
        for (const ClockStatus &c : std::as_const(m_openClocks))
            if (c.incidentId == alert.incidentId && c.rule.id == alert.clockId)
                full =
                    tr("%1 · %2 — %3 · %4 · recipient: %5")
                        .arg(shipped::text(c.rule.title), c.incidentId, clocktext::countdownText(c, m_clock.nowUtc()),
                             clocktext::deadlineText(c), shipped::text(c.rule.recipient));
        int room = statusBar()->width() - 24;
        for (QWidget *w : statusBar()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            if (w->isVisible() && !qobject_cast<QSizeGrip *>(w))
                room -= w->width();
        statusBar()->setToolTip(full);
        statusBar()->showMessage(statusBar()->fontMetrics().elidedText(full, Qt::ElideRight, std::max(room, 80)),
                                 15000);
    });
    connect(m_alerter, &ClockAlerter::incidentRequested, this, [this](const QString &id) {
        showNormal();
        raise();
        activateWindow();
        selectIncident(id);
        m_detail->showClocks();
    });
    // A team store that stops answering: said once, at the top, in words.
    m_unreachable = chrome::errorLabel(page);
    m_unreachable->setObjectName(QStringLiteral("storeUnreachableBanner"));
    m_readOnly = new QLabel(page);
    m_readOnly->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setContentsMargins(8, 4, 8, 4);
    m_readOnly->setAutoFillBackground(true);
    {
        QPalette pal = m_readOnly->palette();
        pal.setColor(QPalette::Window, palette::mix(pal.color(QPalette::Window), palette::muted(pal), 0.2));
        m_readOnly->setPalette(pal);
    }
    m_readOnly->hide();
    m_list = new IncidentListPane(page);
    m_detail = new IncidentDetailPane(page);

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    // A handful of open incidents is the usual case; the selected one's
    // workspace needs the height more than empty list rows do.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({230, 510});

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_unreachable);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_deadlineBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_interrupted);
    layout->addWidget(m_splitter, 1);

    connect(m_list, &IncidentListPane::currentIncidentChanged, this,
            [this](const QString &id) { m_detail->showIncident(id.isEmpty() ? std::nullopt : m_list->incident(id)); });
    connect(m_detail, &IncidentDetailPane::incidentChanged, this, &MainWindow::refresh);
    connect(m_detail, &IncidentDetailPane::incidentSelectedChanged, m_actions, &WindowActions::setIncidentSelected);
    connect(m_banner, &AuditBanner::reverifyRequested, this, &MainWindow::verifyAuditFully);
    connect(m_banner, &AuditBanner::showAuditLogRequested, m_detail, &IncidentDetailPane::showAuditLog);
    return page;
}

void MainWindow::connectActions()
{
    connect(m_actions->newStore, &QAction::triggered, this, &MainWindow::chooseNewStoreFile);
    connect(m_actions->openStore, &QAction::triggered, this, &MainWindow::chooseStore);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->newIncident, &QAction::triggered, this, &MainWindow::newIncident);
    connect(m_actions->addPerson, &QAction::triggered, m_detail, &IncidentDetailPane::addPerson);
    connect(m_actions->acquireImage, &QAction::triggered, this, [this] { acquireImage(m_detail->incidentId()); });
    connect(m_detail, &IncidentDetailPane::acquireImageRequested, this, &MainWindow::acquireImage);
    connect(m_actions->addSystem, &QAction::triggered, m_detail, &IncidentDetailPane::addSystem);
    // Asked for by hand, these say they ran even when nothing changed: a
    // silent reload looks like a dead menu entry.
    connect(m_actions->refresh, &QAction::triggered, this, [this] {
        refresh();
        statusBar()->showMessage(
            tr("Reloaded at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), 8000);
    });
    connect(m_actions->verifyAudit, &QAction::triggered, this, [this] {
        verifyAuditFully();
        if (!m_verdict)
            return;
        const QString when = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        statusBar()->showMessage(m_verdict->intact()
                                     ? tr("Audit trail walked from its first entry at %1: intact, %n entries.", nullptr,
                                          int(m_verdict->entries))
                                           .arg(when)
                                     : tr("Audit trail walked at %1: BROKEN at entry %2 — see the Audit log tab.")
                                           .arg(when)
                                           .arg(m_verdict->firstBadSeq),
                                 15000);
    });
    connect(m_actions->find, &QAction::triggered, m_list, &IncidentListPane::focusFilter);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_detail, &IncidentDetailPane::handoverRequested, this, &MainWindow::handOver);
    connect(m_errorPage, &StoreErrorPage::openRequested, this, &MainWindow::chooseStore);
    connect(m_errorPage, &StoreErrorPage::newRequested, this, &MainWindow::chooseNewStoreFile);
    connect(m_errorPage, &StoreErrorPage::retryRequested, this, [this] {
        if (!m_lastFailedSpec.isEmpty())
            openStore(m_lastFailedSpec);
    });
    connect(m_errorPage, &StoreErrorPage::backRequested, this, [this] {
        if (m_store)
            m_central->setCurrentWidget(m_workspace);
    });
}

bool MainWindow::openStore(const QString &spec, StoreKind kind)
{
    m_passwordAttempt = 0;
    const QString password = storeDisplayName(spec) == m_passwordStore ? m_password : QString();
    return tryOpen(spec, kind, password);
}

bool MainWindow::tryOpen(const QString &spec, StoreKind kind, const QString &password)
{
    const bool team = isTeamStore(spec);
    const bool existed = team || QFileInfo::exists(spec);
    if (team) {
        // Connecting can take seconds (connect_timeout): say what is happening.
        statusBar()->showMessage(tr("Connecting to %1…").arg(storeDisplayName(spec)));
        statusBar()->repaint();
        QApplication::setOverrideCursor(Qt::WaitCursor);
    }
    auto opened = CaseStore::open(spec, m_clock, profileActor(), password);
    if (team) {
        QApplication::restoreOverrideCursor();
        statusBar()->clearMessage();
    }
    if (!opened) {
        if (team && opened.error().kind == Error::Kind::Credentials && m_passwordAttempt < kMaxPasswordAttempts) {
            askPassword(spec, kind, opened.error());
            return false;
        }
        showStoreError(spec, opened.error());
        return false;
    }
    m_password = team ? password : QString();
    m_passwordStore = team ? (*opened)->path() : QString();
    adoptStore(std::move(opened).value(), kind, existed);
    return true;
}

void MainWindow::askPassword(const QString &spec, StoreKind kind, const Error &error)
{
    ++m_passwordAttempt;
    // With nothing open, the page behind the prompt says what is wanted;
    // cancelling leaves it there, with "Try again".
    if (!m_store)
        showStoreError(spec, error);
    const auto target = parsePostgresUrl(spec);
    QInputDialog *prompt = passwordPrompt(storeDisplayName(spec), target ? target->user : QString(), m_passwordAttempt,
                                          kMaxPasswordAttempts, this);
    // Queued: opening the store closes every dialog, this one included,
    // which must not happen inside its own accept.
    connect(
        prompt, &QInputDialog::textValueSelected, this,
        [this, spec, kind](const QString &password) { tryOpen(spec, kind, password); }, Qt::QueuedConnection);
    connect(prompt, &QInputDialog::rejected, this, [this, spec] {
        m_lastFailedSpec = spec;
        if (m_store)
            statusBar()->showMessage(tr("%1 was not opened: no password given").arg(storeShortName(spec)), 8000);
    });
    prompt->open();
}

void MainWindow::adoptStore(std::unique_ptr<CaseStore> store, StoreKind kind, bool existed)
{
    m_watcher->setStore(nullptr);
    closeDialogs();
    m_detail->setStore(nullptr);
    m_deadlineBanner->setSource(nullptr, nullptr);
    m_alerter->setSource(nullptr, nullptr);
    m_list->clear();
    m_responseService.reset();
    m_clockService.reset();
    m_store = std::move(store);
    m_verdict.reset(); // a new store is walked in full
    m_lastFailedSpec.clear();
    ClockRuleSet rules = ruleloader::load({ruleloader::userRuleDir()});
    const QStringList ruleProblems = rules.problems;
    m_clockService = std::make_unique<ClockService>(*m_store, std::move(rules));
    m_responseService = std::make_unique<ResponseService>(*m_store, m_clockService.get());
    m_detail->setServices(m_store.get(), m_responseService.get(), m_clockService.get());
    m_deadlineBanner->setSource(m_store.get(), m_clockService.get());
    m_alerter->setSource(m_store.get(), m_clockService.get());
    m_checkpoints->setStore(m_store.get());
    if (!ruleProblems.isEmpty())
        statusBar()->showMessage(tr("Some clock rule files were rejected: %1").arg(ruleProblems.first()), 15000);

    const QString where = m_store->path(); // a team store's address never carries a secret
    const bool team = isTeamStore(where);
    const QString login = team ? TeamAccess(*m_store).login() : QString();
    // A team store's role decides what this window may offer; the server
    // enforces it whatever the window shows.
    QString role;
    bool readOnly = false;
    if (team) {
        if (auto r = TeamAccess(*m_store).role()) {
            role = roleText(*r);
            readOnly = *r == StoreRole::Observer;
        }
    }
    if (kind == StoreKind::Demo) {
        // Nobody should record a real incident into a store that vanishes on exit.
        setWindowTitle(tr("DEMO (discarded on exit) — Firebreak"));
    } else {
        setWindowTitle(readOnly ? tr("%1 · team store as %2 (read-only) — Firebreak").arg(storeShortName(where), login)
                       : team   ? tr("%1 · team store as %2 — Firebreak").arg(storeShortName(where), login)
                                : tr("%1 — Firebreak").arg(QFileInfo(where).fileName()));
        if (!team)
            QSettings().setValue(kLastDirKey, QFileInfo(where).absolutePath());
        QSettings().setValue(kLastStoreKey, team ? where : QFileInfo(where).absoluteFilePath());
    }
    setWindowFilePath(team ? QString() : QFileInfo(where).absoluteFilePath());
    m_status->setStore(team ? where : QFileInfo(where).absoluteFilePath(), m_store->actor(), login, role);
    showReachability(true);

    m_central->setCurrentWidget(m_workspace);
    m_actions->setStoreOpen(true);
    m_actions->setReadOnly(readOnly);
    readonly::setActive(readOnly, tr("Read-only: your login %1 is an observer in this team store").arg(login));
    m_readOnly->setText(tr("Read-only: your login %1 is an observer in this team store. You see every change as "
                           "it happens; the server refuses any change from this login.")
                            .arg(login));
    m_readOnly->setVisible(readOnly);
    refresh();
    m_list->selectFirstIfNone();
    m_list->table()->setFocus();
    const QString name = storeShortName(where);
    statusBar()->showMessage(team      ? tr("Connected to team store %1 as %2").arg(name, login)
                             : existed ? tr("Opened %1").arg(name)
                                       : tr("Created new case store %1").arg(name),
                             5000);
    m_watcher->setStore(m_store.get());
    m_status->setLive(m_watcher->isListening());
}

void MainWindow::acquireImage(const QString &incidentId)
{
    if (!m_store || incidentId.isEmpty())
        return;
    // Modeless: imaging runs on its own thread while the commander keeps working.
    auto *dialog = new AcquisitionDialog(*m_store, incidentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AcquisitionDialog::evidenceRegistered, this, [this] { refresh(); });
    // Default destination: the evidence folder from the welcome, one folder
    // per incident, named after the next evidence number (editable).
    if (const QString folder = ExaminerProfile::current().evidenceFolder; !folder.isEmpty()) {
        const QDir dir(QDir(folder).filePath(incidentId));
        if (dir.exists() || QDir().mkpath(dir.path())) {
            const auto items = m_store->evidence(incidentId);
            const qsizetype next = items ? items->size() + 1 : 1;
            dialog->setDestination(
                freeDestinationLike(dir.filePath(QStringLiteral("E-%1.dd").arg(next, 3, 10, QLatin1Char('0')))));
        }
    }
    dialog->show();
}

void MainWindow::showStoreError(const QString &spec, const Error &error)
{
    m_lastFailedSpec = spec;
    m_errorPage->showError(spec, error, m_store ? m_store->path() : QString());
    m_central->setCurrentWidget(m_errorPage);
    if (!m_store) {
        setWindowTitle(QStringLiteral("Firebreak"));
        m_status->setNoStore(tr("%1 could not be opened").arg(storeShortName(spec)));
        m_actions->setStoreOpen(false);
    }
}

void MainWindow::showReachability(bool reachable)
{
    const bool team = m_store && isTeamStore(m_store->path());
    if (reachable) {
        chrome::showError(m_unreachable, {});
    } else {
        // What it means for the commander first; the driver's words on hover.
        const QString since = QTime::currentTime().toString(QStringLiteral("HH:mm"));
        chrome::showError(
            m_unreachable,
            team ? tr("⚠ The team store is not answering since %1. What you see may be out of date "
                      "and changes cannot be saved; Firebreak keeps trying and catches up when it is "
                      "back.")
                       .arg(since)
                 : tr("⚠ The case file cannot be read since %1. What you see may be out of date.").arg(since));
        m_unreachable->setToolTip(m_watcher->problem());
    }
    if (m_store)
        m_status->setReachable(reachable, m_watcher->problem());
}

void MainWindow::refresh()
{
    if (!m_store)
        return;
    // Read first: a change landing during the reload is picked up again.
    const auto seq = m_store->auditLastSeq();
    auto incidents = m_store->incidents();
    if (!incidents) {
        statusBar()->showMessage(tr("Refresh failed: %1").arg(incidents.error().message));
        return;
    }
    if (seq)
        m_watcher->setShownSeq(*seq);
    m_list->setIncidents(*incidents, m_clock.nowUtc());
    verifyAudit();
    m_interrupted->refresh(m_store.get());
    m_deadlineBanner->refresh();
    const QString id = m_detail->incidentId();
    m_detail->showIncident(id.isEmpty() ? std::nullopt : m_list->incident(id));
    m_detail->setPlaceholderText(m_list->totalCount() == 0
                                     ? tr("The incident you open appears here with its people, systems "
                                          "and audit log.")
                                     : tr("Select an incident above to see its people, systems and "
                                          "audit log."));
}

void MainWindow::verifyAuditFully()
{
    m_verdict.reset();
    refresh();
}

void MainWindow::verifyAudit(bool full)
{
    constexpr qint64 kFullWalkEveryMs = 5 * 60 * 1000;
    full = full || !m_verdict || !m_sinceFullVerify.isValid() || m_sinceFullVerify.elapsed() > kFullWalkEveryMs;
    auto verdict = full ? m_store->verifyAudit() : m_store->verifyAuditAfter(*m_verdict);
    if (full)
        m_sinceFullVerify.start();
    m_verdict.reset();
    if (!verdict) {
        m_banner->setVerificationFailed(verdict.error().message);
        m_status->setVerificationFailed(verdict.error().message);
        return;
    }
    m_verdict = *verdict;
    m_banner->setVerdict(*verdict);
    m_detail->setAuditVerdict(*verdict);
    m_status->setVerdict(*verdict);
}

void MainWindow::selectIncident(const QString &id)
{
    m_list->selectIncident(id);
}

QString MainWindow::lastStorePath()
{
    return QSettings().value(kLastStoreKey).toString();
}

QString MainWindow::currentIncidentId() const
{
    return m_detail->incidentId();
}

void MainWindow::chooseStore()
{
    auto *dialog = new OpenStoreDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileDirectory(QSettings().value(kLastDirKey, QDir::homePath()).toString());
    // Start from what is open (or failed last), so a typo is one edit away.
    const QString current = !m_lastFailedSpec.isEmpty() ? m_lastFailedSpec : m_store ? m_store->path() : QString();
    dialog->setSpec(isTeamStore(current) ? storeDisplayName(current) : current);
    connect(
        dialog, &OpenStoreDialog::storeChosen, this, [this](const QString &spec) { openStore(spec); },
        Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::chooseNewStoreFile()
{
    const QString dir = QSettings().value(kLastDirKey, QDir::homePath()).toString();
    auto *dialog =
        new QFileDialog(this, tr("New case store"), dir, tr("Firebreak case stores (*.sqlite *.db);;All files (*)"));
    dialog->setObjectName(QStringLiteral("newStoreDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    // Never offer to "replace": an existing store is opened, anything
    // else is refused untouched by the store's open rules.
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setDefaultSuffix(QStringLiteral("sqlite"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { openStore(file); });
    dialog->open();
}

void MainWindow::newIncident()
{
    if (!m_store)
        return;
    auto *dialog = new NewIncidentDialog(*m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewIncidentDialog::incidentCreated, this, [this](const QString &id) {
        refresh();
        selectIncident(id);
        statusBar()->showMessage(tr("Opened incident %1").arg(id), 5000);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new AboutDialog(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setProperty(chrome::kKeepOnStoreChange, true);
    box->open();
}

void MainWindow::showSettings()
{
    if (auto *open = findChild<SettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *settings = new QSettings(this);
    auto *dialog = new SettingsDialog(*settings, this);
    settings->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool examinerChanged = dialog->examinerChanged();
        const bool languageChanged = dialog->languageChanged();
        // After the dialog has finished closing: reopening the store
        // closes dialogs, and times shown must follow the new zone.
        QTimer::singleShot(0, this, [this, examinerChanged, languageChanged] {
            if (examinerChanged && m_store)
                openStore(m_store->path()); // the audit trail names the new examiner from now on
            else
                refresh();
            statusBar()->showMessage(languageChanged
                                         ? tr("Settings saved. The new language applies when Firebreak starts again.")
                                         : tr("Settings saved."),
                                     8000);
        });
    });
    dialog->open();
}

void MainWindow::handOver(const QString &incidentId)
{
    if (!m_store || incidentId.isEmpty())
        return;
    // Modeless like the acquisition: packaging large images takes a while.
    auto *dialog = new HandoverDialog(*m_store, incidentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HandoverDialog::finishedHandover, this, [this](bool ok) {
        if (ok)
            refresh(); // the transfer is in the custody chain now
    });
    dialog->show();
}

void MainWindow::closeDialogs()
{
    // Dialogs that work on the store go with it. Those that do not (the
    // welcome, Settings, and what they opened) stay: they may be the very
    // dialog whose answer is reopening the store. Guarded pointers, since
    // deleting a dialog deletes the dialogs it opened too.
    auto kept = [](QObject *o) {
        for (; o; o = o->parent())
            if (o->property(chrome::kKeepOnStoreChange).toBool())
                return true;
        return false;
    };
    QList<QPointer<QDialog>> dialogs;
    for (QDialog *d : findChildren<QDialog *>())
        dialogs << d;
    for (const QPointer<QDialog> &d : dialogs) {
        if (!d || kept(d))
            continue;
        d->reject();
        delete d.data();
    }
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (const QByteArray g = s.value(kGeometryKey).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray st = s.value(kStateKey).toByteArray(); !st.isEmpty())
        restoreState(st);
    if (const QByteArray sp = s.value(kSplitterKey).toByteArray(); !sp.isEmpty())
        m_splitter->restoreState(sp);
    if (const QByteArray h = s.value(kHeaderKey).toByteArray(); !h.isEmpty())
        m_list->table()->horizontalHeader()->restoreState(h);
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(kGeometryKey, saveGeometry());
    s.setValue(kStateKey, saveState());
    s.setValue(kSplitterKey, m_splitter->saveState());
    s.setValue(kHeaderKey, m_list->table()->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace firebreak::ui
