#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace firebreak::ui::language {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString choose(const QString &requested)
{
    const QStringList ours = available();
    auto match = [&ours](const QString &code) {
        const QString lang = QLocale(code).name().section(QLatin1Char('_'), 0, 0);
        return ours.contains(lang) && code.size() >= 2 ? lang : QString();
    };
    if (!requested.isEmpty())
        return match(requested).isEmpty() ? QStringLiteral("en") : match(requested);
    for (const QString &ui : QLocale::system().uiLanguages()) {
        if (const QString lang = match(ui); !lang.isEmpty())
            return lang;
        if (ui == QLatin1String("C") || ui.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString install(QCoreApplication &app, const QString &lang)
{
    if (lang == QLatin1String("en")) {
        // English is the source language, but its plural forms ("1 item",
        // "2 items" for "%n item(s)") live in firebreak_en.qm.
        auto *plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral("firebreak_en"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return lang;
    }
    auto *ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral("firebreak_") + lang, QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    // Qt's own strings first, so ours (installed last, searched first) win.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(ours);
    // Dates and numbers follow the interface language.
    QLocale::setDefault(QLocale(lang));
    return lang;
}

} // namespace firebreak::ui::language
