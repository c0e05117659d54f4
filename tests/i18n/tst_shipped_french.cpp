// The shipped playbooks and clock rule sets read in French under the
// French translation (issue #19 point 9): every step's guidance paragraph,
// title, owner and checklist item, every clock's legal basis, and the
// deadline arithmetic of a clock card. The playbooks and rules are read as
// the program reads them (":/playbooks", ":/clocks"), so a paragraph added
// to a shipped file without its French entry fails here, naming it.

#include "model/ShippedTexts.h"
#include "model/clocks/ClockExplain.h"
#include "model/clocks/RuleLoader.h"
#include "model/response/Playbook.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QtTest>

using namespace firebreak;

class TestShippedFrench : public QObject {
    Q_OBJECT

    QTranslator m_fr;

    // The French entry of a shipped text, or empty when the .qm has none.
    QString french(const QString &source) const { return m_fr.translate("Shipped", source.toUtf8().constData()); }

private slots:
    void initTestCase() { QVERIFY(m_fr.load(QStringLiteral(":/i18n/firebreak_fr.qm"))); }

    void everyPlaybookTextIsFrench()
    {
        const PlaybookSet set = playbooks::load();
        QVERIFY2(set.problems.isEmpty(), qPrintable(set.problems.join(QLatin1Char('\n'))));
        QVERIFY(set.playbooks.size() >= 5);
        QStringList missing;
        int paragraphs = 0;
        for (const Playbook &pb : set.playbooks) {
            auto need = [&](const QString &what, const QString &source, bool mustDiffer) {
                if (source.isEmpty())
                    return;
                const QString fr = french(source);
                if (fr.isEmpty() || (mustDiffer && fr == source))
                    missing << QStringLiteral("%1 %2: “%3”").arg(pb.id, what, source);
            };
            need(QStringLiteral("title"), pb.title, true);
            for (const StepTemplate &s : pb.steps) {
                // Guidance is prose: its French must be French, not the English copied over.
                need(s.id + QStringLiteral(" guidance"), s.guidance, true);
                paragraphs += !s.guidance.isEmpty();
                need(s.id + QStringLiteral(" title"), s.title, true);
                need(s.id + QStringLiteral(" owner"), s.owner, false);
                for (const QString &c : s.checklist)
                    need(s.id + QStringLiteral(" checklist"), c, false);
            }
        }
        QVERIFY(paragraphs >= 70);
        for (const QString &m : missing)
            qWarning().noquote() << "no French for" << m;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 shipped texts lack French").arg(missing.size())));
    }

    // A legal basis ("GDPR Art. 33(1)") ends every deadline explanation.
    void everyClockBasisIsFrench()
    {
        const ClockRuleSet rules = ruleloader::load();
        QVERIFY(!rules.rules.isEmpty());
        QStringList missing;
        for (const ClockRule &r : rules.rules) {
            for (const QString &basis : {r.basis, r.delay ? r.delay->basis : QString()})
                if (!basis.isEmpty() && french(basis).isEmpty())
                    missing << QStringLiteral("%1: “%2”").arg(r.id, basis);
        }
        for (const QString &m : missing)
            qWarning().noquote() << "no French for the basis of" << m;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 bases lack French").arg(missing.size())));
        QCOMPARE(french(QStringLiteral("GDPR Art. 33(1)")), QStringLiteral("RGPD, art. 33, § 1"));
    }

    // The clock card's line in French: weekday in French, RGPD, "72 h après
    // la prise de connaissance"; without a translator and a locale (the CLI)
    // the same call stays English.
    void deadlineArithmeticFollowsTheLanguage()
    {
        const ClockRuleSet rules = ruleloader::load();
        const ClockRule *art33 = rules.rule(QStringLiteral("gdpr-art33"));
        QVERIFY(art33);
        ClockStatus c;
        c.rule = *art33;
        c.state = ClockStatus::State::Running;
        c.triggerAt = QDateTime(QDate(2026, 11, 20), QTime(17, 0), QTimeZone::utc());
        c.deadline = c.triggerAt.addSecs(72 * 3600);
        const QTimeZone paris("Europe/Paris");
        const QString english = QStringLiteral("72 h after awareness Fri 2026-11-20 18:00 CET — GDPR Art. 33(1)");
        QCOMPARE(explainDeadline(c, paris, rules.calendars), english);

        QCoreApplication::installTranslator(&m_fr);
        const QString fr = explainDeadline(c, paris, rules.calendars, QLocale(QLocale::French, QLocale::France));
        QCoreApplication::removeTranslator(&m_fr);
        QCOMPARE(fr, QStringLiteral(
                         "72 h après la prise de connaissance, le ven. 2026-11-20 18:00 CET — RGPD, art. 33, § 1"));
    }
};

QTEST_GUILESS_MAIN(TestShippedFrench)
#include "tst_shipped_french.moc"
