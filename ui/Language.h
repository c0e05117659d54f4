#pragma once

#include <QString>

class QCoreApplication;

namespace firebreak::ui::language {

// The languages the GUI ships, as codes ("en" is the source language).
QStringList available();

// Picks the interface language: `requested` when it is one we ship
// ("fr", "fr_FR", "en"...), else the first of the system's UI languages
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that we ship, else English.
QString choose(const QString &requested = {});

// Installs Firebreak's translation for `lang` and Qt's own (standard
// buttons, file dialogs) when the system has it. Documents follow, since
// their templates and wording go through the same translator. Returns
// the language actually in use.
QString install(QCoreApplication &app, const QString &lang);

} // namespace firebreak::ui::language
