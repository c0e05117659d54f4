// Issue #19 points 9 and 10, on the demo store at 1366x768, tab by tab:
//  - pseudo-locale: with a translator that wraps every tr()/translate()
//    result in ⟦…⟧, no visible text may carry letters outside a marker
//    unless they are data (what the store holds, ids, hashes, dates...);
//  - no cut text: in English and in French, every visible label, button,
//    check box, tab and header section has the room its text needs.
// The main dialogs get the same two checks.
//
// With FIREBREAK_SCREENSHOTS=<dir> set, every screen is also saved there
// as <lang>-<screen>.png (docs/images is made this way under Xvfb).

#include "../gui/GuiTestSupport.h"
#include "VisibleText.h"

#include "ui/DemoData.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/NewIncidentDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/WelcomeDialog.h"
#include "ui/acquisition/AcquisitionDialog.h"
#include "ui/archive/HandoverDialog.h"
#include "ui/evidence/AddEvidenceDialog.h"
#include "ui/evidence/CustodyDialog.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScreen>
#include <QSqlRecord>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::guitest;
using namespace firebreak::i18ntest;

namespace {

// The language of a test: the pseudo-locale, English (its plural forms) or French.
class LanguageScope {
public:
    explicit LanguageScope(const QString &lang) : m_lang(lang)
    {
        if (lang == QLatin1String("pseudo")) {
            m_tr = std::make_unique<PseudoTranslator>();
        } else if (lang == QLatin1String("fr")) {
            m_tr = std::make_unique<QTranslator>();
            if (!m_tr->load(QStringLiteral(":/i18n/firebreak_fr.qm")))
                qFatal("no French translation in the resources");
            QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        } else if (lang == QLatin1String("en")) {
            // As the app (ui/Language): English takes its plural forms from firebreak_en.qm.
            m_tr = std::make_unique<QTranslator>();
            if (!m_tr->load(QStringLiteral(":/i18n/firebreak_en.qm")))
                qFatal("no English plural forms in the resources");
        }
        if (m_tr)
            QCoreApplication::installTranslator(m_tr.get());
    }
    ~LanguageScope()
    {
        if (m_tr)
            QCoreApplication::removeTranslator(m_tr.get());
        QLocale::setDefault(QLocale::c());
    }
    const QString &name() const { return m_lang; }

private:
    QString m_lang;
    std::unique_ptr<QTranslator> m_tr;
};

// The people's words the store holds: every text value of every table,
// and each of its lines. Machine keys ("critical", "service-restored")
// and JSON are not people's words: shown raw they must fail.
QStringList storeWords(const QString &path)
{
    QStringList out;
    const QString name = QStringLiteral("words");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot read %s", qPrintable(path));
        // The schema says which columns hold keys ("in-progress", "critical"): shown raw, they
        // must fail. Every other text column holds what people typed or named.
        static const QStringList keyColumns = {QStringLiteral("kind"),       QStringLiteral("state"),
                                               QStringLiteral("status"),     QStringLiteral("severity"),
                                               QStringLiteral("phase"),      QStringLiteral("confidence"),
                                               QStringLiteral("party_type"), QStringLiteral("object_kind"),
                                               QStringLiteral("records"),    QStringLiteral("completed_by")};
        for (const QString &table : db.tables()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
                continue;
            while (q.next()) {
                for (int c = 0; c < q.record().count(); ++c) {
                    const QVariant v = q.value(c);
                    if (v.typeId() != QMetaType::QString || keyColumns.contains(q.record().fieldName(c)))
                        continue;
                    const QString s = v.toString().trimmed();
                    if (s.startsWith(QLatin1Char('['))) {
                        // A list of people's words (the five whys).
                        for (const QJsonValue &item : QJsonDocument::fromJson(s.toUtf8()).array())
                            if (item.isString())
                                out << item.toString();
                        continue;
                    }
                    if (s.size() < 2 || s.startsWith(QLatin1Char('{')))
                        continue;
                    out << s;
                    for (const QString &line : s.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                        if (line.trimmed().size() > 1)
                            out << line.trimmed();
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    out.removeDuplicates();
    return out;
}

QString slug(QString s)
{
    s.remove(QLatin1Char('&'));
    s.remove(kOpen);
    s.remove(kClose);
    return s.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
}

// One line each: QVERIFY2 would cut a long list.
void report(QStringList &bad)
{
    bad.removeDuplicates();
    for (const QString &b : bad)
        qWarning().noquote() << b;
}

} // namespace

class TestGuiVisibleText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstWindowFitsTheScreen();
    void pseudoLocaleShowsNoUntranslatedText();
    void nothingCutAt1366x768_data();
    void nothingCutAt1366x768();
    void dialogs_data();
    void dialogs();
    void englishPluralsAreWords(); // last: it installs the English plural forms for good, as the app does

private:
    struct Demo {
        QTemporaryDir dir;
        QString path;
        std::unique_ptr<ui::MainWindow> window;
    };
    std::unique_ptr<Demo> openDemo();
    // Calls `visit(screenName)` with each tab of the incident, and each tab
    // of a tab widget inside it, shown in turn.
    void eachScreen(ui::MainWindow &w, const std::function<void(const QString &)> &visit);
    void shoot(QWidget *w, const QString &lang, const QString &screen);

    ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(8, 30), QTimeZone::utc())};
    QDir m_shots;
};

void TestGuiVisibleText::initTestCase()
{
    initEnvironment();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (const QString dir = qEnvironmentVariable("FIREBREAK_SCREENSHOTS"); !dir.isEmpty()) {
        QVERIFY(QDir().mkpath(dir));
        m_shots = QDir(dir);
    }
}

std::unique_ptr<TestGuiVisibleText::Demo> TestGuiVisibleText::openDemo()
{
    auto d = std::make_unique<Demo>();
    auto path = ui::demo::createDemoStore(d->dir.path(), m_clock);
    if (!path)
        qFatal("demo store: %s", qPrintable(path.error().message));
    d->path = *path;
    d->window = std::make_unique<ui::MainWindow>(m_clock);
    d->window->resize(1366, 768);
    d->window->show();
    if (!QTest::qWaitForWindowExposed(d->window.get()))
        qFatal("the window did not show");
    if (!d->window->openStore(d->path, ui::MainWindow::StoreKind::Demo))
        qFatal("the demo store did not open");
    for (const Incident &i : *d->window->store()->incidents())
        if (i.severity == Severity::Critical)
            d->window->selectIncident(i.id);
    QCoreApplication::processEvents();
    return d;
}

void TestGuiVisibleText::eachScreen(ui::MainWindow &w, const std::function<void(const QString &)> &visit)
{
    auto settle = [] {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
    };
    auto *tabs = child<QTabWidget>(&w, "detailTabs");
    QVERIFY(tabs);
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        settle();
        const QString name = tabs->widget(t)->objectName();
        const QString outer = name.isEmpty() ? QStringLiteral("tab%1").arg(t) : slug(name);
        visit(outer);
        // The reports pane shows other controls per document (the RFO's "Include internal detail").
        if (auto *kind = tabs->widget(t)->findChild<QComboBox *>(QStringLiteral("documentKindCombo"))) {
            const int shown = kind->currentIndex();
            for (int k = 0; k < kind->count(); ++k) {
                if (k == shown)
                    continue;
                kind->setCurrentIndex(k);
                settle();
                visit(outer + QStringLiteral("-document%1").arg(k));
            }
            kind->setCurrentIndex(shown);
            settle();
        }
        for (QTabWidget *inner : tabs->widget(t)->findChildren<QTabWidget *>()) {
            if (!inner->isVisible())
                continue;
            for (int i = 0; i < inner->count(); ++i) {
                inner->setCurrentIndex(i);
                settle();
                visit(outer + QLatin1Char('-') + slug(inner->widget(i)->objectName()));
            }
            inner->setCurrentIndex(0);
        }
    }
}

void TestGuiVisibleText::shoot(QWidget *w, const QString &lang, const QString &screen)
{
    if (m_shots.path().isEmpty() || m_shots.path() == QLatin1String("."))
        return;
    // Pictures only: let a report preview finish rendering (the checks above never wait).
    if (auto *exportButton = w->findChild<QPushButton *>(QStringLiteral("exportPdfButton"));
        exportButton && exportButton->isVisible())
        (void)QTest::qWaitFor([exportButton] { return exportButton->isEnabled(); }, 20000);
    QVERIFY(w->grab().save(m_shots.filePath(lang + QLatin1Char('-') + screen + QStringLiteral(".png"))));
}

// A first start on a small screen: the window, status bar included, is on it.
void TestGuiVisibleText::firstWindowFitsTheScreen()
{
    ui::MainWindow w(m_clock);
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    QVERIFY2(w.width() <= screen.width() && w.height() <= screen.height(),
             qPrintable(QStringLiteral("window %1x%2 on a %3x%4 screen")
                            .arg(w.width())
                            .arg(w.height())
                            .arg(screen.width())
                            .arg(screen.height())));
}

void TestGuiVisibleText::pseudoLocaleShowsNoUntranslatedText()
{
    LanguageScope pseudo(QStringLiteral("pseudo"));
    auto demo = openDemo();
    const Leftover leftover(storeWords(demo->path));
    QStringList bad;
    eachScreen(*demo->window, [&](const QString &screen) {
        for (const Seen &s : visibleTexts(demo->window.get())) {
            const QString rest = leftover(s.text);
            if (Leftover::hasLetters(rest))
                bad << QStringLiteral("%1: %2: “%3”").arg(screen, s.where, s.text.left(400));
        }
    });
    report(bad);
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 visible texts bypass translation").arg(bad.size())));
}

void TestGuiVisibleText::nothingCutAt1366x768_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestGuiVisibleText::nothingCutAt1366x768()
{
    QFETCH(QString, lang);
    LanguageScope language(lang);
    auto demo = openDemo();
    QCOMPARE(demo->window->size(), QSize(1366, 768));
    QStringList bad;
    eachScreen(*demo->window, [&](const QString &screen) {
        for (const QString &cut : cutTexts(demo->window.get()))
            bad << screen + QStringLiteral(": ") + cut;
        shoot(demo->window.get(), lang, screen);
    });
    report(bad);
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 texts cut").arg(bad.size())));
}

void TestGuiVisibleText::dialogs_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("pseudo") << QStringLiteral("pseudo");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// The dialogs a commander meets: each shown at its own size, with the
// demo incident where it needs one.
void TestGuiVisibleText::dialogs()
{
    QFETCH(QString, lang);
    LanguageScope language(lang);
    auto demo = openDemo();
    CaseStore &store = *demo->window->store();
    const QString id = demo->window->currentIncidentId();
    QSettings settings;
    settings.setValue(QStringLiteral("profile/examiner"), QStringLiteral("Ines Haddad"));

    std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs;
    dialogs.emplace_back(QStringLiteral("welcome"), std::make_unique<ui::WelcomeDialog>(settings));
    dialogs.emplace_back(QStringLiteral("settings"), std::make_unique<ui::SettingsDialog>(settings));
    dialogs.emplace_back(QStringLiteral("new-incident"), std::make_unique<ui::NewIncidentDialog>(store));
    dialogs.emplace_back(QStringLiteral("acquisition"), std::make_unique<ui::AcquisitionDialog>(store, id));
    dialogs.emplace_back(QStringLiteral("handover"), std::make_unique<ui::HandoverDialog>(store, id));
    // Evidence: the form prefilled from a dropped file (its example source), and a transfer.
    auto addEvidence = std::make_unique<ui::AddEvidenceDialog>(store, id);
    addEvidence->setPath(demo->path);
    dialogs.emplace_back(QStringLiteral("add-evidence"), std::move(addEvidence));
    const auto evidence = store.evidence(id);
    QVERIFY(evidence && !evidence->isEmpty());
    dialogs.emplace_back(QStringLiteral("custody-transfer"),
                         std::make_unique<ui::CustodyDialog>(store, id, evidence->first().evidenceNumber,
                                                             QStringLiteral("transferred")));

    const Leftover leftover(storeWords(demo->path));
    QStringList bad;
    for (auto &[name, dialog] : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        if (lang == QLatin1String("pseudo")) {
            for (const Seen &s : visibleTexts(dialog.get()))
                if (Leftover::hasLetters(leftover(s.text)))
                    bad << QStringLiteral("%1: %2: “%3”").arg(name, s.where, s.text.left(400));
        } else {
            for (const QString &cut : cutTexts(dialog.get()))
                bad << name + QStringLiteral(": ") + cut;
            shoot(dialog.get(), lang, QStringLiteral("dialog-") + name);
        }
        dialog->hide();
    }
    report(bad);
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 problems in the dialogs").arg(bad.size())));
}

// Issue #19: the English window says "1 item" and "8 items", never
// "8 item(s)": the English GUI loads firebreak_en.qm for its plural forms.
void TestGuiVisibleText::englishPluralsAreWords()
{
    QCOMPARE(ui::language::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    auto plural = [](int n) {
        return QCoreApplication::translate("firebreak::ui::WorkspaceHeader", "%n item(s) block closing →", nullptr, n);
    };
    QCOMPARE(plural(1), QStringLiteral("1 item blocks closing →"));
    QCOMPARE(plural(2), QStringLiteral("2 items block closing →"));

    auto demo = openDemo();
    const QString blockers = child<QPushButton>(demo->window.get(), "closureBlockersButton")->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ items? blocks? closing")).match(blockers).hasMatch(),
             qPrintable(blockers));
    static const QRegularExpression pluralMark(QStringLiteral("\\w\\((s|es|ies)\\)"));
    QStringList bad;
    eachScreen(*demo->window, [&](const QString &screen) {
        for (const Seen &s : visibleTexts(demo->window.get()))
            if (pluralMark.match(s.text).hasMatch())
                bad << QStringLiteral("%1: %2: “%3”").arg(screen, s.where, s.text.left(400));
    });
    report(bad);
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 visible texts with a (s) plural").arg(bad.size())));
}

QTEST_MAIN(TestGuiVisibleText)
#include "tst_gui_visible_text.moc"
