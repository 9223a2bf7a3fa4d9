#pragma once
// One pure generator per format: (trunk or phone account, servers, passwords) → files.
#include "export/ExportTypes.h"
#include "util/Result.h"

namespace centrale::exporters {

Result<ExportFiles> asteriskPjsip(const ExportInput &in);
Result<ExportFiles> asteriskChanSip(const ExportInput &in);
Result<ExportFiles> freePbx(const ExportInput &in);
Result<ExportFiles> threeCx(const ExportInput &in);
Result<ExportFiles> yeastar(const ExportInput &in);
Result<ExportFiles> avaya(const ExportInput &in);
Result<ExportFiles> kamailio(const ExportInput &in);
Result<ExportFiles> baresip(const ExportInput &in);
Result<ExportFiles> linphone(const ExportInput &in);

} // namespace centrale::exporters
