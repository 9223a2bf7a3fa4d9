#pragma once
// The export formats: key (CLI, settings), product name, which PBX brands default to
// it and whether it fits trunks, phone accounts or both.
#include "export/ExportTypes.h"
#include "util/Result.h"

namespace centrale {

struct ExportFormat {
    QString key;         // "asterisk-pjsip"
    QString displayName; // product name; not translated
    QList<PbxBrand> defaultFor;
    bool trunks = true;
    bool phones = true;
    Result<ExportFiles> (*generate)(const ExportInput &) = nullptr;
};

class ExportRegistry {
    Q_DECLARE_TR_FUNCTIONS(ExportRegistry)
public:
    static const QList<ExportFormat> &all();
    static const ExportFormat *find(const QString &key);
    // The brand's default format; asterisk-pjsip for brands without their own.
    static const ExportFormat &defaultFor(PbxBrand brand);
    // The default for phone accounts (a softphone).
    static const ExportFormat &defaultForPhones();
    // Looks the format up and runs it; refuses unknown keys and formats that do not fit the input.
    static Result<ExportFiles> generate(const QString &key, const ExportInput &input);
};

} // namespace centrale
