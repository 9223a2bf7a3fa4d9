#pragma once
// The one place that enforces "a number is linked to at most one call plan, trunk
// or phone account". Every repository links and unlinks through here.
#include "store/Database.h"

namespace centrale {

struct NumberOwner {
    enum class Kind { None, CallPlan, Trunk, Phone };
    Kind kind = Kind::None;
    qint64 id = 0;
    QString name; // call plan or trunk name, or the phone account's number

    bool isFree() const { return kind == Kind::None; }
    QString kindKey() const; // "free", "callplan", "trunk", "phone"
    QString describe() const; // translated: call plan "Belroute vd garage"
};

struct NumberLinkFlags {
    bool inbound = true;
    bool callerId = true;
    int position = 0;
};

class NumberLinks {
public:
    explicit NumberLinks(Database &db) : m_db(db) {}

    Result<NumberOwner> ownerOf(const QString &digits);
    // Refuses a number that does not exist or is linked to another owner, naming it.
    Status link(const QString &digits, const NumberOwner &to, NumberLinkFlags flags = {});
    Status unlink(const QString &digits);

private:
    Database &m_db;
};

} // namespace centrale
