#pragma once

#include "../Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace firebreak::sql {

// Prepares and runs one statement with positional bindings. On failure
// the error names the statement's purpose and the driver's reason.
Result<QSqlQuery> run(QSqlDatabase &db, const QString &sqlText, std::initializer_list<QVariant> binds = {},
                      const QString &purpose = {});

// Same, for a single scalar result (first column of the first row).
Result<QVariant> scalar(QSqlDatabase &db, const QString &sqlText, std::initializer_list<QVariant> binds = {},
                        const QString &purpose = {});

// Text for NULL-able string columns: empty QString becomes SQL NULL.
QVariant nullable(const QString &s);

} // namespace firebreak::sql
