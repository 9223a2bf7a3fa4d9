#pragma once
// The console's icon set: our own SVGs in resources/icons, compiled into centrale_ui.
#include <QIcon>

namespace centrale::ui {

// name: the file name without ".svg" (e.g. "add", "delete", "trunks").
QIcon icon(const QString &name);

} // namespace centrale::ui
