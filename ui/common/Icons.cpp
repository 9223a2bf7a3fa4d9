#include "common/Icons.h"

namespace centrale::ui {

QIcon icon(const QString &name)
{
    // The SVG icon engine (libqt6svg6) draws them sharp at every size.
    return QIcon(QStringLiteral(":/ui-icons/%1.svg").arg(name));
}

} // namespace centrale::ui
