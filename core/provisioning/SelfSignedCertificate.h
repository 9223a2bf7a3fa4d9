#pragma once
// The HTTPS provisioning server's certificate when the administrator provides none:
// made once with `openssl req` in the data folder, the key readable by its owner only.
#include "util/Result.h"
#include <QString>

namespace centrale::provisioning {

struct CertificateFiles {
    QString certificate, key;
};

// Returns the files in folder, creating them first when missing.
Result<CertificateFiles> ensureSelfSignedCertificate(const QString &folder, const QString &commonName);

} // namespace centrale::provisioning
