#include "Format.h"

#include "Template.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

namespace firebreak::documents {

QDateTime TimeFormat::inZone(const QDateTime &t) const
{
    return m_zone.isValid() ? t.toTimeZone(m_zone) : t.toUTC();
}

QString TimeFormat::local(const QDateTime &t) const
{
    if (!t.isValid())
        return QStringLiteral("—");
    const QDateTime l = inZone(t);
    QString abbr = m_zone.isValid() ? m_zone.abbreviation(t) : QStringLiteral("UTC");
    if (abbr.isEmpty())
        abbr = l.timeZoneAbbreviation();
    return l.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + abbr;
}

QString TimeFormat::utc(const QDateTime &t) const
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("—");
}

QString TimeFormat::utcSeconds(const QDateTime &t) const
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("—");
}

QString TimeFormat::both(const QDateTime &t) const
{
    if (!t.isValid())
        return QStringLiteral("—");
    const QDateTime l = inZone(t);
    const QDateTime u = t.toUTC();
    if (isUtc(t))
        return utc(t);
    const QString utcPart = l.date() == u.date() ? u.toString(QStringLiteral("HH:mm 'UTC'")) : utc(t);
    return QStringLiteral("%1 (%2)").arg(local(t), utcPart);
}

bool TimeFormat::isUtc(const QDateTime &at) const
{
    return !m_zone.isValid() || (m_zone.offsetFromUtc(at) == 0 && m_zone.abbreviation(at) == QLatin1String("UTC"));
}

QString TimeFormat::utcBare(const QDateTime &t) const
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}

QString TimeFormat::zoneName(const QDateTime &at) const
{
    if (isUtc(at))
        return QStringLiteral("UTC");
    const int offset = m_zone.offsetFromUtc(at);
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int mins = std::abs(offset) / 60;
    return QCoreApplication::translate("Format", "%1 (%2, UTC%3%4:%5)")
        .arg(QString::fromUtf8(m_zone.id()), m_zone.abbreviation(at), sign)
        .arg(mins / 60, 2, 10, QLatin1Char('0'))
        .arg(mins % 60, 2, 10, QLatin1Char('0'));
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    const qint64 mins = seconds / 60;
    const qint64 days = mins / (24 * 60), hours = (mins / 60) % 24, m = mins % 60;
    if (days > 0)
        return QCoreApplication::translate("Format", "%1 d %2 h %3 min").arg(days).arg(hours).arg(m);
    if (hours > 0)
        return QCoreApplication::translate("Format", "%1 h %2 min").arg(hours).arg(m);
    return QCoreApplication::translate("Format", "%1 min").arg(m);
}

QString formatBytes(qint64 bytes)
{
    const QLocale c(QLocale::English);
    const QString exact = QCoreApplication::translate("Format", "%1 bytes").arg(c.toString(bytes));
    if (bytes < 1024)
        return exact;
    return QStringLiteral("%1 (%2)").arg(c.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat), exact);
}

QString formatDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

QString pluralText(const char *context, const char *source, int n)
{
    if (templateLanguage() != QLatin1String("en"))
        return QCoreApplication::translate(context, source, nullptr, n);
    // Loaded once, never installed: only asked for the English plural forms.
    static const QTranslator *const english = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral("firebreak_en"), QStringLiteral(":/i18n"))) {
            delete t;
            return static_cast<QTranslator *>(nullptr);
        }
        return t;
    }();
    QString text = english ? english->translate(context, source, nullptr, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    return text.replace(QLatin1String("%n"), QString::number(n));
}

QString orNotRecorded(const QString &s)
{
    return s.trimmed().isEmpty() ? QCoreApplication::translate("Format", "not recorded") : s.trimmed();
}

QString orDash(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("—") : s.trimmed();
}

Redactor::Redactor(const IncidentFacts &f, bool active) : m_active(active)
{
    if (!active)
        return;
    QStringList systems, addresses, names, paths;
    for (const AffectedSystem &s : f.systems) {
        systems << s.hostname << s.hostname.section(QLatin1Char('.'), 0, 0) << s.location;
        addresses << s.ipAddress << s.macAddress;
    }
    for (const ContainmentAction &a : f.containment) {
        systems << a.system;
        names << a.performedBy;
    }
    for (const RecoveryAction &a : f.recovery) {
        systems << a.system;
        names << a.performedBy;
    }
    for (const Person &p : f.people)
        names << p.name << p.contact;
    for (const CorrectiveAction &c : f.corrective)
        names << c.owner;
    for (const ContactEntry &c : f.contacts)
        names << c.person << c.recordedBy;
    for (const EvidenceItem &e : f.evidence) {
        names << e.examiner;
        paths << e.source << e.imagePath;
    }
    names << f.incident.commander;
    auto add = [this](QStringList terms, const QString &replacement) {
        terms.removeDuplicates();
        terms.removeIf([](const QString &t) { return t.trimmed().size() < 3; });
        // Longest first, so "fs01.corp" goes before "fs01".
        std::sort(terms.begin(), terms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &t : terms)
            m_rules << Rule{QRegularExpression(
                                QStringLiteral("(?<![\\w.-])%1(?![\\w-])").arg(QRegularExpression::escape(t.trimmed())),
                                QRegularExpression::CaseInsensitiveOption),
                            replacement};
    };
    add(paths, QCoreApplication::translate("Format", "[internal path]"));
    add(addresses, QCoreApplication::translate("Format", "[internal address]"));
    add(systems, QCoreApplication::translate("Format", "[internal system]"));
    add(names, QCoreApplication::translate("Format", "[name withheld]"));
    m_rules << Rule{QRegularExpression(QStringLiteral("\\b[0-9a-fA-F]{32,128}\\b")),
                    QCoreApplication::translate("Format", "[hash withheld]")}
            << Rule{QRegularExpression(QStringLiteral("\\b(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}\\b")),
                    QCoreApplication::translate("Format", "[internal address]")}
            << Rule{QRegularExpression(QStringLiteral("\\b(?:\\d{1,3}\\.){3}\\d{1,3}(?:/\\d{1,2})?\\b")),
                    QCoreApplication::translate("Format", "[internal address]")}
            // IPv6: the full form, or any form with "::" (so "03:12:05" is left alone).
            << Rule{QRegularExpression(
                        QStringLiteral("(?<![\\w:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|"
                                       "(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?::"
                                       "(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?)(?:/\\d{1,3})?(?![\\w:])")),
                    QCoreApplication::translate("Format", "[internal address]")}
            << Rule{QRegularExpression(QStringLiteral("(?<![\\w])/dev/[\\w/.-]+")),
                    QCoreApplication::translate("Format", "[internal path]")};
}

QString Redactor::operator()(const QString &text) const
{
    if (!m_active || text.isEmpty())
        return text;
    QString out = text;
    for (const Rule &r : m_rules)
        out.replace(r.pattern, r.replacement);
    return out;
}

} // namespace firebreak::documents
