#pragma once
// Switches the program's language at run time: swaps the installed translators, and
// every widget retranslates on QEvent::LanguageChange. Remembered as setting ui.language.
#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace centrale::ui {

class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    static LanguageSwitcher &instance();
    // "nl" or "en"; empty: the saved choice, else the system locale.
    void apply(const QString &language = {});
    QString current() const { return m_current; }
    // The locale of the language in use (the translator's), for day and month names and
    // formats that follow the console's language rather than the system's.
    QLocale locale() const;
    // Where centrale_<lang>.qm are; the program's resource by default, a build dir in tests.
    void setDirectory(const QString &dir) { m_dir = dir; }

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current;
    QString m_dir = QStringLiteral(":/i18n");
};

} // namespace centrale::ui
