#include "KeychainTokenStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

#include <utility>

namespace icc {

namespace {

QString jobError(const QKeychain::Job &job)
{
    return QStringLiteral("keychain: %1").arg(job.errorString());
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_service(std::move(service))
{}

void KeychainTokenStore::read(const QString &account, ReadHandler done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setInsecureFallback(false); // never a plain-text file
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
                         if (reader->error() == QKeychain::EntryNotFound)
                             done(std::nullopt, {});
                         else if (reader->error() != QKeychain::NoError)
                             done(std::nullopt, jobError(*reader));
                         else
                             done(reader->textData(), {});
                     });
    job->start();
}

void KeychainTokenStore::write(const QString &account, const QString &token, DoneHandler done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setInsecureFallback(false); // never a plain-text file
    job->setTextData(token);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         const bool ok = finished->error() == QKeychain::NoError;
                         done(ok, ok ? QString() : jobError(*finished));
                     });
    job->start();
}

void KeychainTokenStore::remove(const QString &account, DoneHandler done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setInsecureFallback(false); // never a plain-text file
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         // Removing what is not there leaves the wanted state.
                         const bool ok = finished->error() == QKeychain::NoError ||
                                         finished->error() == QKeychain::EntryNotFound;
                         done(ok, ok ? QString() : jobError(*finished));
                     });
    job->start();
}

QString KeychainTokenStore::description() const
{
    return QCoreApplication::translate("icc::KeychainTokenStore", "the system keychain");
}

} // namespace icc
