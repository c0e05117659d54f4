#pragma once

#include <QString>

#include <initializer_list>

class QWidget;

namespace firebreak::ui::readonly {

// Controls that change the case store, kept disabled while the open store
// is read-only for this login (an observer in a team store), whatever
// their panel asks for. The server refuses an observer's writes anyway
// (issue #11, docs/TEAM-MODE.md); this only keeps the window from offering
// buttons that can only fail. Panels keep setting the enabled state they
// want; the gate remembers it and restores it when the store is writable
// again. Reading, exporting and copying stay available.

void markWrites(QWidget *control);

// Marks `control` as writing; returns it, so it wraps a constructor call.
template <class W> W *writes(W *control)
{
    markWrites(control);
    return control;
}

inline void writes(std::initializer_list<QWidget *> controls)
{
    for (QWidget *control : controls)
        markWrites(control);
}

// Called by the main window whenever the open store or its role changes.
// `why` becomes the tool tip of every gated control.
void setActive(bool readOnly, const QString &why = {});
bool isActive();

} // namespace firebreak::ui::readonly
