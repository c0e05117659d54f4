#pragma once

#include "ImagingTypes.h"

#include <chrono>
#include <deque>

namespace firebreak {

// Turns byte counts into rate and time left. The rate is taken over the
// last few seconds so the ETA follows a device that slows down (bad
// areas, a USB bridge throttling) instead of the average since the start.
class ProgressMeter {
public:
    using SteadyClock = std::chrono::steady_clock;

    void start(ImagingPhase phase, qint64 total)
    {
        m_phase = phase;
        m_total = total;
        m_start = SteadyClock::now();
        m_samples.clear();
        m_samples.push_back({m_start, 0});
    }

    ImagingProgress sample(qint64 done, qint64 badSectors)
    {
        const auto now = SteadyClock::now();
        m_samples.push_back({now, done});
        while (m_samples.size() > 2 && now - m_samples.front().at > std::chrono::seconds(5))
            m_samples.pop_front();
        ImagingProgress p;
        p.phase = m_phase;
        p.bytesDone = done;
        p.bytesTotal = m_total;
        p.badSectors = badSectors;
        p.elapsedSeconds = std::chrono::duration<double>(now - m_start).count();
        const double window = std::chrono::duration<double>(now - m_samples.front().at).count();
        if (window > 0.05)
            p.bytesPerSecond = static_cast<double>(done - m_samples.front().bytes) / window;
        if (p.bytesPerSecond > 0)
            p.secondsLeft = static_cast<double>(m_total - done) / p.bytesPerSecond;
        return p;
    }

private:
    struct Sample {
        SteadyClock::time_point at;
        qint64 bytes;
    };
    ImagingPhase m_phase = ImagingPhase::Acquire;
    qint64 m_total = 0;
    SteadyClock::time_point m_start;
    std::deque<Sample> m_samples;
};

} // namespace firebreak
