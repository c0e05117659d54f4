#include "CliSupport.h"

#include "model/TeamAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace firebreak::cli {

namespace {

const QString kRoleChoices = QStringLiteral("commander|responder|observer");

int storeRoles(Context &ctx, const QCommandLineParser &p)
{
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    TeamAccess team(*store);
    auto members = team.members();
    if (!members)
        return ctx.fail(members.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const StoreMember &m : *members)
            arr.append(QJsonObject{{QStringLiteral("login"), m.login}, {QStringLiteral("role"), storeRoleKey(m.role)}});
        ctx.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("store"), store->path()}, {QStringLiteral("members"), arr}})
                .toJson(QJsonDocument::Indented));
        return Ok;
    }
    ctx.out() << "Roles in case store " << store->path() << ":" << Qt::endl;
    for (const StoreMember &m : *members)
        ctx.out() << QStringLiteral("  %1  %2").arg(m.login, -24).arg(storeRoleLabel(m.role)) << Qt::endl;
    if (members->size() <= 1)
        ctx.out() << "Nobody else has a role yet: firebreak-cli store grant LOGIN --role " << kRoleChoices << Qt::endl;
    return Ok;
}

int storeGrant(Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return ctx.usage(QStringLiteral("store grant needs exactly one LOGIN (a database login on the server)"));
    const QString roleText = p.value(QStringLiteral("role"));
    const auto role = storeRoleFromKey(roleText);
    if (roleText.isEmpty() || !role || *role == StoreRole::Owner)
        return ctx.usage(QStringLiteral("store grant needs --role %1 (got '%2')").arg(kRoleChoices, roleText));
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    TeamAccess team(*store);
    const QString login = args.first().trimmed();
    auto before = team.grant(login, *role);
    if (!before)
        return ctx.fail(before.error());
    if (*before == role) {
        ctx.out() << login << " already is " << storeRoleKey(*role) << " in case store " << store->path()
                  << "; nothing was changed" << Qt::endl;
        return Ok;
    }
    ctx.out() << login << " is now " << storeRoleLabel(*role) << " in case store " << store->path();
    if (*before)
        ctx.out() << " (was " << storeRoleKey(**before) << ")";
    ctx.out() << Qt::endl;
    return Ok;
}

int storeRevoke(Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return ctx.usage(QStringLiteral("store revoke needs exactly one LOGIN"));
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    TeamAccess team(*store);
    const QString login = args.first().trimmed();
    auto had = team.revoke(login);
    if (!had)
        return ctx.fail(had.error());
    ctx.out() << login << " no longer has a role in case store " << store->path() << " (was " << storeRoleKey(*had)
              << ")" << Qt::endl;
    return Ok;
}

int storeWhoami(Context &ctx, const QCommandLineParser &p)
{
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    TeamAccess team(*store);
    auto role = team.role();
    if (!role)
        return ctx.fail(role.error());
    const QString login = team.isTeamStore() ? team.login() : QString();
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("store"), store->path()},
                                                                 {QStringLiteral("team_store"), team.isTeamStore()},
                                                                 {QStringLiteral("login"), login},
                                                                 {QStringLiteral("role"), storeRoleKey(*role)},
                                                                 {QStringLiteral("actor"), store->actor()}})
                                           .toJson(QJsonDocument::Indented));
        return Ok;
    }
    ctx.out() << "store: " << store->path() << (team.isTeamStore() ? " (team store)" : " (SQLite file)") << Qt::endl;
    if (team.isTeamStore())
        ctx.out() << "login: " << login << Qt::endl;
    else
        ctx.out() << "login: none (an SQLite file has one user, whoever can open the file; roles are a team-store "
                     "feature)"
                  << Qt::endl;
    ctx.out() << "role:  " << storeRoleLabel(*role) << Qt::endl;
    ctx.out() << "actor: " << store->actor() << " (the name the audit trail records beside the login)" << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> storeRoleCommands()
{
    const QCommandLineOption json = jsonOption("Print JSON instead of text.");
    const auto login = [](QCommandLineParser &p) {
        p.addPositionalArgument(QStringLiteral("LOGIN"), QStringLiteral("A database login on the store's server."));
    };
    return {
        {{QStringLiteral("store"), QStringLiteral("roles")},
         QStringLiteral("[--json]"),
         QStringLiteral("List who has which role in a team store (owner, commander, responder, observer)."),
         [json](QCommandLineParser &p) { p.addOption(json); },
         storeRoles},
        {{QStringLiteral("store"), QStringLiteral("grant")},
         QStringLiteral("LOGIN --role commander|responder|observer"),
         QStringLiteral("Give a database login a role in a team store (owner only; audited)."),
         [login](QCommandLineParser &p) {
             login(p);
             p.addOption(QCommandLineOption(QStringLiteral("role"),
                                            QStringLiteral("commander, responder or observer (read-only)."),
                                            QStringLiteral("ROLE")));
         },
         storeGrant},
        {{QStringLiteral("store"), QStringLiteral("revoke")},
         QStringLiteral("LOGIN"),
         QStringLiteral("Take a login's role in a team store away (owner only; audited)."),
         login,
         storeRevoke},
        {{QStringLiteral("store"), QStringLiteral("whoami")},
         QStringLiteral("[--json]"),
         QStringLiteral("Show the store, your database login and your role in it."),
         [json](QCommandLineParser &p) { p.addOption(json); },
         storeWhoami},
    };
}

} // namespace firebreak::cli
