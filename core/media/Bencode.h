#pragma once
// Bencode, the encoding of rtpengine's ng control protocol: byte strings, integers, lists
// and dictionaries. Values are QVariants: QByteArray (or QString, sent as UTF-8) for
// strings, integers, QVariantList and QVariantMap (keys sorted, as bencode requires).
#include "util/Result.h"

#include <QByteArray>
#include <QVariant>

namespace centrale::media {

// Fails on a value bencode cannot carry (a double, a null, a nested type it does not know).
Result<QByteArray> bencode(const QVariant &value);

// Decodes exactly one value that fills the whole input; strings come back as QByteArray.
Result<QVariant> bdecode(const QByteArray &data);

// A decoded dictionary's string entry as text (empty when absent or not a string).
QString bstring(const QVariantMap &dict, const char *key);

} // namespace centrale::media
