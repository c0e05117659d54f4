// The GUI and the printed documents under the French translation: the
// main window, a dialog and a PDF show French text where a user reads it.
// Writes PNGs of the French screens to <build>/tests/i18n/gui-snapshots-fr/.

#include "../documents/PdfTools.h"
#include "../documents/ReportFixture.h"
#include "../gui/GuiTestSupport.h"

#include "app/documents/Documents.h"
#include "app/documents/Template.h"
#include "ui/DialogChrome.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/NewIncidentDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::documents;
using namespace firebreak::guitest;
using namespace firebreak::doctest;

class TestGuiFrench : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QDir m_out;
    ManualClock m_clock{startTime()};

    void save(QWidget *w, const QString &name)
    {
        QVERIFY(w->grab().save(m_out.filePath(name + QStringLiteral(".png"))));
    }
    static QString headers(const QTableView *t)
    {
        QStringList out;
        for (int c = 0; c < t->model()->columnCount(); ++c)
            out << t->model()->headerData(c, Qt::Horizontal).toString();
        return out.join(QLatin1Char('|'));
    }

private slots:
    void initTestCase()
    {
        initEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QCOMPARE(ui::language::choose(QStringLiteral("fr_FR")), QStringLiteral("fr"));
        QCOMPARE(ui::language::choose(QStringLiteral("de")), QStringLiteral("en"));
        QCOMPARE(ui::language::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
        QVERIFY(m_dir.isValid());
        m_out = QDir(QDir::currentPath());
        QVERIFY(m_out.mkpath(QStringLiteral("gui-snapshots-fr")));
        QVERIFY(m_out.cd(QStringLiteral("gui-snapshots-fr")));
    }

    void mainWindowIsFrench()
    {
        const QString path = m_dir.filePath(QStringLiteral("main.sqlite"));
        {
            auto store = openStore(path, m_clock);
            seedIncident(*store, QStringLiteral("Rançongiciel sur FS01"), Severity::Critical, QStringLiteral("Ada"));
        }
        ui::MainWindow w(m_clock);
        w.resize(1280, 800);
        QVERIFY(w.openStore(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        auto *newIncident = w.findChild<QAction *>(QStringLiteral("newIncidentAction"));
        QVERIFY(newIncident);
        QCOMPARE(newIncident->text(), QStringLiteral("Nouvel &incident…"));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Fichier")) && menus.contains(QStringLiteral("Aid&e")),
                 qPrintable(menus.join(QLatin1Char(','))));
        auto *table = child<QTableView>(&w, "incidentTable");
        QVERIFY2(headers(table).contains(QStringLiteral("Gravité")), qPrintable(headers(table)));
        QVERIFY2(headers(table).contains(QStringLiteral("Responsable")), qPrintable(headers(table)));
        // Severity and phase come from the model, through the same translator.
        QCOMPARE(severityLabel(Severity::Critical), QStringLiteral("Critique"));
        QCOMPARE(phaseLabel(Phase::Triage), QStringLiteral("Détection et tri"));
        // French plurals, not "ouvert(s)".
        QCOMPARE(child<QLabel>(&w, "incidentCountLabel")->text(), QStringLiteral("1 incident · 1 ouvert"));
        auto *filter = child<QLineEdit>(&w, "filterEdit");
        QVERIFY(filter->placeholderText().startsWith(QStringLiteral("Filtrer les incidents")));
        table->selectRow(0);
        QTest::qWait(50);
        save(&w, QStringLiteral("main-window"));
    }

    void dialogIsFrench()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("dialog.sqlite")), m_clock);
        ui::NewIncidentDialog dlg(*store);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        QCOMPARE(dlg.windowTitle(), QStringLiteral("Nouvel incident"));
        auto *buttons = child<QDialogButtonBox>(&dlg, "buttonBox");
        QCOMPARE(ui::chrome::okButton(buttons)->text(), QStringLiteral("Ouvrir l'incident"));
        save(&dlg, QStringLiteral("new-incident"));
    }

    // A clock that blocks closing says its state in French: "(dépassé)", not "(overdue)" or "(running)".
    void closeBlockersAreFrench()
    {
        ReportFixture f;
        const QString problems = f.build(m_dir.filePath(QStringLiteral("blockers.sqlite")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // Project data too, from the incident's one awareness: its 72 h customer clock is past due by now.
        const QDateTime awareness = f.clocks->clock(f.id, QStringLiteral("gdpr-art33"))->triggerAt;
        const Status classified = f.clocks->classify(f.id, {QStringLiteral("project-data")}, awareness, {});
        QVERIFY2(classified.ok(), classified.ok() ? "" : qPrintable(classified.error().message));
        auto blockers = f.response->closureBlockers(f.id);
        QVERIFY(blockers.ok());
        const QString joined = blockers->join(QLatin1Char('\n'));
        QVERIFY2(
            joined.contains(QStringLiteral(
                "délai de notification non soldé : Notification client : violation de données de projet (dépassé)")),
            qPrintable(joined));
    }

    // One layout, two languages: the French templates carry exactly the
    // fields and sections of the English ones, in the same order.
    void frenchTemplatesMatchTheEnglishOnes()
    {
        static const QRegularExpression tag(QStringLiteral("\\{\\{[^!][^}]*\\}\\}"));
        for (const char *name : {"rfo.html", "internal.html", "notice.html", "custody.html"}) {
            auto tags = [](const QString &path) {
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    return QStringList{QStringLiteral("missing ") + path};
                QStringList out;
                for (const auto &m : tag.globalMatch(QString::fromUtf8(f.readAll())))
                    out << m.captured();
                return out;
            };
            const QString en = QStringLiteral(":/templates/") + QLatin1String(name);
            const QString fr = QStringLiteral(":/templates/fr/") + QLatin1String(name);
            QCOMPARE(tags(fr), tags(en));
        }
    }

    void documentsFollowTheLanguage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("rfo") << int(DocumentKind::Rfo)
                             << QStringList{QStringLiteral("RAPPORT D'INCIDENT (RFO)"), QStringLiteral("Résumé"),
                                            QStringLiteral("Ce que nous avons fait"), QStringLiteral("sur")};
        QTest::addRow("internal") << int(DocumentKind::Internal)
                                  << QStringList{QStringLiteral("RAPPORT POST-INCIDENT"), QStringLiteral("Préparé par"),
                                                 QStringLiteral("Vérification de la piste d'audit"),
                                                 // The shipped playbook, its steps and the clocks, in French.
                                                 QStringLiteral("Rançongiciel"),
                                                 QStringLiteral("Isoler les systèmes touchés"),
                                                 QStringLiteral("RGPD art. 33 : notifier l'autorité de contrôle")};
        QTest::addRow("notice")
            << int(DocumentKind::Notice)
            << QStringList{QStringLiteral("BROUILLON DE NOTIFICATION"),
                           QStringLiteral("Base juridique"),
                           QStringLiteral("Destinataire"),
                           QStringLiteral("Obligation Notification client : violation de données personnelles"),
                           QStringLiteral("Destinataire clients concernés"),
                           QStringLiteral("Base juridique Contrats clients : notification")};
        QTest::addRow("custody") << int(DocumentKind::Custody)
                                 << QStringList{QStringLiteral("CHAÎNE DE POSSESSION"), QStringLiteral("Intégrité"),
                                                QStringLiteral("Reçu par")};
    }
    void documentsFollowTheLanguage()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, expected);
        QCOMPARE(templateLanguage(), QStringLiteral("fr"));
        ReportFixture f;
        const QString problems = f.build(m_dir.filePath(QStringLiteral("docs-%1.sqlite").arg(kind)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        auto facts = gatherFacts(*f.store, *f.response, *f.clocks, f.id);
        QVERIFY(facts.ok());
        DocumentOptions o;
        o.kind = DocumentKind(kind);
        o.zone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
        o.templateDir = m_dir.filePath(QStringLiteral("no-overrides"));
        auto src = compose(*facts, o);
        QVERIFY2(src.ok(), src.ok() ? "" : qPrintable(src.error().message));
        auto paged = PagedDocument::layout(*src);
        QVERIFY(paged.ok());
        const QString pdf = m_out.filePath(documentKindKey(DocumentKind(kind)) + QStringLiteral(".pdf"));
        QVERIFY(writePdf(**paged, pdf).ok());
        const QString text = flat(pdfText(pdf));
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in: ") + text.left(600)));
    }
};

QTEST_MAIN(TestGuiFrench)
#include "tst_gui_french.moc"
