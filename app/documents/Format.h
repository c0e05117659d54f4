#pragma once

#include "ReportFacts.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace firebreak::documents {

// Times as a reader needs them (UX.md): the reader's zone, named, and UTC
// beside it where an instant matters; "—" for an instant not recorded.
class TimeFormat {
public:
    explicit TimeFormat(QTimeZone zone) : m_zone(std::move(zone)) {}

    QString local(const QDateTime &t) const;      // 2026-11-23 04:12 CET
    QString utc(const QDateTime &t) const;        // 2026-11-23 03:12 UTC
    QString utcSeconds(const QDateTime &t) const; // 2026-11-23 03:12:05
    QString utcBare(const QDateTime &t) const;    // 2026-11-23 03:12 (under a "UTC" column header)
    bool isUtc(const QDateTime &at) const;        // the reader's zone is UTC
    QString both(const QDateTime &t) const;       // 2026-11-23 04:12 CET (03:12 UTC)
    QString zoneName(const QDateTime &at) const;  // Europe/Paris (CET, UTC+01:00)
    const QTimeZone &zone() const { return m_zone; }

private:
    QDateTime inZone(const QDateTime &t) const;
    QTimeZone m_zone;
};

QString formatDuration(qint64 seconds); // "3 d 4 h", "5 h 12 min", "40 min"
QString formatBytes(qint64 bytes);      // "1.5 GiB (1,610,612,736 bytes)"
QString formatDate(const QDate &d);     // 2026-12-01, or "—"
QString orDash(const QString &s);
// Internal report: an empty value reads "not recorded" (a dash reads as a value).
QString orNotRecorded(const QString &s);

// A %n message (marked with QT_TRANSLATE_N_NOOP) in the document's language
// with the right plural form: the installed translation, or, in English
// where the app installs none, the English forms of firebreak_en.ts.
QString pluralText(const char *context, const char *source, int n);

// Customer-facing text must not carry internal names, addresses or
// hashes (DOMAIN.md: "a customer-facing RFO omits internal detail").
// Known identifiers of the incident (hostnames, addresses, people,
// evidence sources) and anything shaped like an IP, MAC or hash are
// replaced by a bracketed placeholder, so the gap is visible.
class Redactor {
public:
    Redactor(const IncidentFacts &facts, bool active);
    QString operator()(const QString &text) const;
    bool active() const { return m_active; }

private:
    struct Rule {
        QRegularExpression pattern;
        QString replacement;
    };
    bool m_active = false;
    QList<Rule> m_rules;
};

} // namespace firebreak::documents
