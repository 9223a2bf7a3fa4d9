#pragma once
// The migration-projects tables as one self-contained schema step (see Migrations.cpp).
// Plain SQL (TEXT dates as YYYY-MM-DD, no SQLite-only collations) so a PostgreSQL port
// takes it as it is.
#include <QStringList>

namespace centrale::migrationschema {

QStringList schemaStatements();

} // namespace centrale::migrationschema
