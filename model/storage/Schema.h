#pragma once

#include "Database.h"

#include <QStringList>

namespace firebreak::schema {

// The statements that take a store from version v-1 to v, in the given
// dialect. Migrations are append-only: a released step is never edited.
QStringList migrationTo(int version, Dialect dialect);

} // namespace firebreak::schema
