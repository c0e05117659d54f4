#pragma once

#include <QDateTime>

namespace firebreak {

// Time is injectable (DESIGN.md): everything that stamps or compares
// instants asks a Clock, so tests can move time without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// Test seam: a clock that only moves when told to.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

// Canonical text form of an instant in the store and in audit payloads:
// ISO-8601 UTC with milliseconds and a 'Z', so it sorts as text.
QString toIsoUtc(const QDateTime &t);
QDateTime fromIsoUtc(const QString &s);

} // namespace firebreak
