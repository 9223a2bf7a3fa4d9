#include "security/RecordingBox.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>

namespace centrale::ui {

namespace {
const QStringList kRetention = {QString(), QStringLiteral("off"), QStringLiteral("30"), QStringLiteral("90"), QStringLiteral("365")};
}

RecordingBox::RecordingBox(QWidget *parent) : QWidget(parent), m_retention(new QComboBox(this)), m_announce(new QComboBox(this))
{
    for (const auto &value : kRetention)
        m_retention->addItem(QString(), value);
    m_announce->addItem(QString(), -1);
    m_announce->addItem(QString(), 1);
    m_announce->addItem(QString(), 0);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_retention);
    layout->addWidget(m_announce, 1);
    retranslate();
}

void RecordingBox::setPolicy(const RecordingPolicy &own, const RecordingPolicy &defaults)
{
    m_defaults = defaults;
    retranslate();
    m_retention->setCurrentIndex(std::max(0, int(kRetention.indexOf(own.retention))));
    m_announce->setCurrentIndex(own.announce.has_value() ? (*own.announce ? 1 : 2) : 0);
}

RecordingPolicy RecordingBox::policy() const
{
    RecordingPolicy p;
    p.retention = m_retention->currentData().toString();
    const int a = m_announce->currentData().toInt();
    if (a >= 0)
        p.announce = a == 1;
    return p;
}

void RecordingBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordingBox::retranslate()
{
    const auto days = [this](const QString &value) { return value == QLatin1String("off") || value.isEmpty() ? tr("not recorded") : tr("kept %1 days").arg(value); };
    m_retention->setItemText(0, tr("Default (%1)").arg(days(m_defaults.retention)));
    m_retention->setItemText(1, tr("Not recorded"));
    for (int i = 2; i < kRetention.size(); ++i)
        m_retention->setItemText(i, tr("Recorded, kept %1 days").arg(kRetention[i]));
    m_announce->setItemText(0, tr("Announcement: default (%1)").arg(m_defaults.announce.value_or(false) ? tr("on") : tr("off")));
    m_announce->setItemText(1, tr("Announce \"this call may be recorded\""));
    m_announce->setItemText(2, tr("No announcement"));
    m_retention->setAccessibleName(tr("Call recording"));
    m_announce->setAccessibleName(tr("Recording announcement"));
}

} // namespace centrale::ui
