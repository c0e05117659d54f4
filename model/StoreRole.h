#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace firebreak {

// What a database login may do in a team case store (docs/TEAM-MODE.md).
// Ordered from most to least power: a login in several Firebreak groups
// has the highest. An SQLite file has one user, its owner.
enum class StoreRole { Owner, Commander, Responder, Observer };

QString storeRoleKey(StoreRole r);                             // "owner", "commander", "responder", "observer"
std::optional<StoreRole> storeRoleFromKey(const QString &key); // case-insensitive
QString storeRoleLabel(StoreRole r);                           // "incident commander", ...
QStringList grantableRoleKeys();                               // commander, responder, observer

// True when `a` may do at least everything `b` may.
inline bool atLeast(StoreRole a, StoreRole b)
{
    return static_cast<int>(a) <= static_cast<int>(b);
}

// One login of a team store and its Firebreak role.
struct StoreMember {
    QString login;
    StoreRole role = StoreRole::Observer;
};

} // namespace firebreak
