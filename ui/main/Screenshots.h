#pragma once
// `centrale --screenshot DIR`: a PNG of every page in Dutch and in English.
#include <QString>

namespace centrale::ui {

class MainWindow;
bool writeScreenshots(MainWindow &window, const QString &dir);

} // namespace centrale::ui
