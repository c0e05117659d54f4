// The Reports panel on a populated incident: the preview shows pages, the
// export writes a PDF on the worker thread and shows its SHA-256, and the
// export lands in the audit trail.

#include "documents/ReportFixture.h"
#include "gui/GuiTestSupport.h"
#include "ui/reports/CustomerTextDialog.h"
#include "ui/reports/ReportsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::ui;

class TestReportsPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    doctest::ReportFixture m_f;

    template <typename T> static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QLatin1String(name));
    }
    static bool waitPreview(ReportsPanel &panel)
    {
        return QTest::qWaitFor(
            [&] {
                return !panel.busy() && panel.pageCount() > 0 &&
                       !child<QLabel>(&panel, "previewPage")->pixmap().isNull();
            },
            120000);
    }

private slots:
    void initTestCase()
    {
        guitest::initEnvironment();
        QVERIFY(m_dir.isValid());
        const QString problems = m_f.build(m_dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void previewsAndExportsWithItsHash()
    {
        ReportsPanel panel(*m_f.store, *m_f.response, *m_f.clocks, m_f.id);
        QCOMPARE(panel.objectName(), QStringLiteral("reportsPanel"));
        panel.resize(1100, 800);
        panel.show();
        QVERIFY(waitPreview(panel));
        QVERIFY(panel.pageCount() >= 2);
        QVERIFY(child<QLabel>(&panel, "pageLabel")->text().contains(QStringLiteral("of %1").arg(panel.pageCount())));

        // Paging through the preview.
        QTest::mouseClick(child<QPushButton>(&panel, "nextPageButton"), Qt::LeftButton);
        QCOMPARE(panel.currentPage(), 1);
        QVERIFY(QTest::qWaitFor(
            [&] { return child<QLabel>(&panel, "pageLabel")->text().startsWith(QLatin1String("Page 2 of")); }));

        const QString path = m_dir.filePath(QStringLiteral("exported.pdf"));
        QString suggested;
        panel.setExportPathProvider([&](const QString &s) {
            suggested = s;
            return path;
        });
        QSignalSpy exported(&panel, &ReportsPanel::exported);
        auto *button = child<QPushButton>(&panel, "exportPdfButton");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(exported.wait(120000) || exported.count() == 1);
        QVERIFY(suggested.endsWith(QStringLiteral("%1-internal.pdf").arg(m_f.id)));

        const QString sha = QString::fromLatin1(test::fileSha256(path));
        QCOMPARE(sha.size(), 64);
        QCOMPARE(exported.first().at(0).toString(), path);
        QCOMPARE(exported.first().at(1).toString(), sha);
        QCOMPARE(panel.lastExportSha256(), sha);
        auto *shaLabel = child<QLabel>(&panel, "sha256Label");
        QVERIFY(shaLabel->isVisible());
        QVERIFY2(shaLabel->text().contains(sha), qPrintable(shaLabel->text()));
        QVERIFY(shaLabel->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(!child<QProgressBar>(&panel, "busyIndicator")->isVisible());
        // FIREBREAK_SCREENSHOTS=DIR keeps a picture of the panel for a human to look at.
        if (const QString dir = qEnvironmentVariable("FIREBREAK_SCREENSHOTS"); !dir.isEmpty())
            panel.grab().save(QDir(dir).filePath(QStringLiteral("reports-panel.png")));

        const AuditEntry last = m_f.store->auditLog(m_f.id)->last();
        QCOMPARE(last.action, QStringLiteral("report.export"));
        QCOMPARE(last.data.value(QStringLiteral("sha256")).toString(), sha);
    }

    void choicesChangeTheDocument()
    {
        ReportsPanel panel(*m_f.store, *m_f.response, *m_f.clocks, m_f.id);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(waitPreview(panel));
        auto *kind = child<QComboBox>(&panel, "documentKindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("rfo")));
        QVERIFY(waitPreview(panel));
        QVERIFY(child<QLabel>(&panel, "reportStatusLabel")->text().contains(QLatin1String("Reason for Outage")));

        // Custody form for one item; the item list comes from the register.
        kind->setCurrentIndex(kind->findData(QStringLiteral("custody")));
        auto *item = child<QComboBox>(&panel, "evidenceCombo");
        QVERIFY(item->isVisible());
        QCOMPARE(item->count(), 1 + int(m_f.evidenceSha256.size()));
        item->setCurrentIndex(item->findData(QStringLiteral("E-002")));
        QVERIFY(waitPreview(panel));

        const QString path = m_dir.filePath(QStringLiteral("custody-letter.pdf"));
        auto *paper = child<QComboBox>(&panel, "pageSizeCombo");
        paper->setCurrentIndex(paper->findData(QStringLiteral("letter")));
        QVERIFY(waitPreview(panel));
        panel.setExportPathProvider([&](const QString &) { return path; });
        QSignalSpy exported(&panel, &ReportsPanel::exported);
        QTest::mouseClick(child<QPushButton>(&panel, "exportPdfButton"), Qt::LeftButton);
        QVERIFY(exported.wait(120000) || exported.count() == 1);
        QCOMPARE(exported.first().at(1).toString(), QString::fromLatin1(test::fileSha256(path)));
        const AuditEntry last = m_f.store->auditLog(m_f.id)->last();
        QCOMPARE(last.object, QStringLiteral("%1/report/custody").arg(m_f.id));
        QCOMPARE(last.data.value(QStringLiteral("paper")).toString(), QStringLiteral("letter"));
    }

    // Issue #20: the customer RFO lists what it leaves out before export, and
    // the customer texts are written beside their internal source.
    void customerRfoPreviewAndTexts()
    {
        ReportsPanel panel(*m_f.store, *m_f.response, *m_f.clocks, m_f.id);
        panel.resize(1100, 800);
        panel.show();
        QVERIFY(waitPreview(panel));
        auto *kind = child<QComboBox>(&panel, "documentKindCombo");
        auto *texts = child<QPushButton>(&panel, "customerTextsButton");
        QVERIFY(!texts->isVisible());
        kind->setCurrentIndex(kind->findData(QStringLiteral("rfo")));
        QVERIFY(texts->isVisible());
        QVERIFY(waitPreview(panel));
        auto *withheld = child<QLabel>(&panel, "withheldLabel");
        QVERIFY(withheld->isVisible());
        QVERIFY2(withheld->text().contains(QLatin1String("Summary: internal text not approved for the customer")),
                 qPrintable(withheld->text()));

        QTest::mouseClick(texts, Qt::LeftButton);
        CustomerTextDialog *dialog = nullptr;
        QVERIFY(
            QTest::qWaitFor([&] { return (dialog = panel.findChild<CustomerTextDialog *>()) && dialog->isVisible(); }));
        auto *source = dialog->findChild<QPlainTextEdit *>(QStringLiteral("source_summary"));
        QVERIFY(source && source->isReadOnly());
        QVERIFY(source->toPlainText().contains(m_f.hostname)); // the internal description, as a source
        auto *summary = dialog->findChild<QPlainTextEdit *>(QStringLiteral("customer_summary"));
        QVERIFY(summary);
        const QString text = QStringLiteral("Ransomware encrypted one file share; the export service was down.");
        summary->setPlainText(text);
        if (const QString dir = qEnvironmentVariable("FIREBREAK_SCREENSHOTS"); !dir.isEmpty())
            dialog->grab().save(QDir(dir).filePath(QStringLiteral("customer-texts.png")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        QCOMPARE(dialog->approvedFields(), QStringList{QStringLiteral("summary")});
        QVERIFY(waitPreview(panel));
        QVERIFY(QTest::qWaitFor(
            [&] { return withheld->isVisible() && !withheld->text().contains(QLatin1String("Summary:")); }));
        QVERIFY(withheld->text().contains(QLatin1String("1 approved customer text")));
        const AuditEntry last = m_f.store->auditLog(m_f.id)->last();
        QCOMPARE(last.action, QStringLiteral("rfo.text.approve"));
        QCOMPARE(last.data.value(QStringLiteral("text")).toString(), text);
        if (const QString dir = qEnvironmentVariable("FIREBREAK_SCREENSHOTS"); !dir.isEmpty())
            panel.grab().save(QDir(dir).filePath(QStringLiteral("reports-panel-rfo.png")));
    }

    void problemsAreShownNotThrown()
    {
        // No clocks on this incident: the notice draft says what to do.
        ReportsPanel panel(*m_f.store, *m_f.response, *m_f.clocks, m_f.longId);
        panel.show();
        QVERIFY(waitPreview(panel));
        auto *kind = child<QComboBox>(&panel, "documentKindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("notice")));
        auto *status = child<QLabel>(&panel, "reportStatusLabel");
        QVERIFY(QTest::qWaitFor([&] { return status->text().contains(QLatin1String("classify")); }, 60000));
        QVERIFY(!child<QPushButton>(&panel, "exportPdfButton")->isEnabled());

        // An unwritable path is reported with the path; nothing is recorded.
        kind->setCurrentIndex(kind->findData(QStringLiteral("internal")));
        QVERIFY(waitPreview(panel));
        const qsizetype entries = m_f.store->auditLog(m_f.longId)->size();
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString bad = m_dir.filePath(QStringLiteral("blocker/r.pdf"));
        panel.setExportPathProvider([&](const QString &) { return bad; });
        QSignalSpy failed(&panel, &ReportsPanel::exportFailed);
        QTest::mouseClick(child<QPushButton>(&panel, "exportPdfButton"), Qt::LeftButton);
        QVERIFY(failed.wait(120000) || failed.count() == 1);
        QVERIFY2(failed.first().at(0).toString().contains(bad), qPrintable(failed.first().at(0).toString()));
        QVERIFY(status->text().contains(bad));
        QCOMPARE(m_f.store->auditLog(m_f.longId)->size(), entries);

        // No incident: an empty state, not a blank.
        panel.setIncident(QString());
        QVERIFY(status->text().contains(QLatin1String("Open an incident")));
    }
};

QTEST_MAIN(TestReportsPanel)
#include "tst_reportspanel.moc"
