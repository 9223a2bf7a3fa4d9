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
    // Before the translators change: widgets ask locale() while they retranslate.
    m_current = lang;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (m_qt.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_app.load(QStringLiteral("centrale_") + lang, m_dir))
        QCoreApplication::installTranslator(&m_app);
    if (!language.isEmpty())
        settings.setValue(QStringLiteral("ui.language"), lang);
}

QLocale LanguageSwitcher::locale() const
{
    if (m_current.isEmpty())
        return QLocale(); // nothing applied yet
    // The translation's own language (nl_NL) names the country too; while apply() swaps the
    // translators the old one may still be loaded, so it counts only when it is the new one.
    const QString translated = m_app.language();
    return QLocale(translated.startsWith(m_current) ? translated : m_current);
}

} // namespace centrale::ui
