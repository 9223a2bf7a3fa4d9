#include "settings/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace centrale::ui {

LanguageSwitcher &LanguageSwitcher::instance()
{
    static LanguageSwitcher switcher;
    return switcher;
}

void LanguageSwitcher::apply(const QString &language)
{
    QString lang = language;
    QSettings settings;
    if (lang.isEmpty())
        lang = settings.value(QStringLiteral("ui.language")).toString();
    if (lang.isEmpty())
        lang = QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (m_qt.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_app.load(QStringLiteral("centrale_") + lang, m_dir))
        QCoreApplication::installTranslator(&m_app);
    m_current = lang;
    if (!language.isEmpty())
        settings.setValue(QStringLiteral("ui.language"), lang);
}

} // namespace centrale::ui
