#pragma once

#include "model/CaseStore.h"

namespace firebreak::ui {

// The clock dialogs ask who decided; ClockService records the store's
// actor. This names that person for one call and restores the session's
// actor afterwards (the GUI is single-threaded, so nothing else records
// in between).
class ScopedActor {
public:
    ScopedActor(CaseStore &store, const QString &actor) : m_store(store), m_previous(store.actor())
    {
        if (!actor.trimmed().isEmpty())
            m_store.setActor(actor.trimmed());
    }
    ~ScopedActor() { m_store.setActor(m_previous); }
    ScopedActor(const ScopedActor &) = delete;
    ScopedActor &operator=(const ScopedActor &) = delete;

private:
    CaseStore &m_store;
    QString m_previous;
};

} // namespace firebreak::ui
