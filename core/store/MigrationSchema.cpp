#include "store/MigrationSchema.h"

namespace centrale::migrationschema {

QStringList schemaStatements()
{
    return {
        QStringLiteral("CREATE TABLE migration_projects ("
                       " id INTEGER PRIMARY KEY,"
                       " customer TEXT NOT NULL UNIQUE,"
                       " contact TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '',"
                       " language TEXT NOT NULL CHECK (language IN ('nl','en')),"
                       " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','done','cancelled')),"
                       " created TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE migration_tasks ("
                       " id INTEGER PRIMARY KEY,"
                       " project_id INTEGER NOT NULL REFERENCES migration_projects(id) ON DELETE CASCADE,"
                       " phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 4),"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " owner TEXT NOT NULL CHECK (owner IN ('customer','provider','both')),"
                       " due_date TEXT,"
                       " done INTEGER NOT NULL DEFAULT 0,"
                       " done_date TEXT)"),
        QStringLiteral("CREATE INDEX migration_tasks_project ON migration_tasks(project_id, phase, position)"),
        QStringLiteral("CREATE TABLE migration_contracts ("
                       " id INTEGER PRIMARY KEY,"
                       " project_id INTEGER NOT NULL REFERENCES migration_projects(id) ON DELETE CASCADE,"
                       " provider TEXT NOT NULL,"
                       " reference TEXT NOT NULL DEFAULT '',"
                       " end_date TEXT NOT NULL,"
                       " notice_days INTEGER NOT NULL CHECK (notice_days >= 0))"),
        QStringLiteral("CREATE INDEX migration_contracts_project ON migration_contracts(project_id)"),
        // A test number is used before porting and is not ported: no dates.
        QStringLiteral("CREATE TABLE migration_numbers ("
                       " project_id INTEGER NOT NULL REFERENCES migration_projects(id) ON DELETE CASCADE,"
                       " digits TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('port','test')),"
                       " wish_date TEXT,"
                       " porting_date TEXT,"
                       " PRIMARY KEY (project_id, digits))"),
    };
}

} // namespace centrale::migrationschema
