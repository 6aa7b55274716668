#include "SerialTokenStore.h"

#include <utility>

namespace icc {

SerialTokenStore::SerialTokenStore(TokenStore &inner)
    : m_inner(inner)
{}

SerialTokenStore::~SerialTokenStore() = default;

void SerialTokenStore::read(const QString &account, ReadHandler done)
{
    enqueue([this, account, done = std::move(done)](std::function<void()> finished) {
        m_inner.read(account, [alive = alive(), done, finished](std::optional<QString> token,
                                                                QString error) {
            if (alive.expired())
                return; // whoever asked went with this store
            done(std::move(token), std::move(error));
            finished();
        });
    });
}

void SerialTokenStore::write(const QString &account, const QString &token, DoneHandler done)
{
    enqueue([this, account, token, done = std::move(done)](std::function<void()> finished) {
        m_inner.write(account, token, [alive = alive(), done, finished](bool ok, QString error) {
            if (alive.expired())
                return;
            done(ok, std::move(error));
            finished();
        });
    });
}

void SerialTokenStore::remove(const QString &account, DoneHandler done)
{
    enqueue([this, account, done = std::move(done)](std::function<void()> finished) {
        m_inner.remove(account, [alive = alive(), done, finished](bool ok, QString error) {
            if (alive.expired())
                return;
            done(ok, std::move(error));
            finished();
        });
    });
}

void SerialTokenStore::enqueue(Operation operation)
{
    m_waiting.push_back(std::move(operation));
    if (!m_running)
        startNext();
}

void SerialTokenStore::startNext()
{
    if (m_waiting.empty()) {
        m_running = false;
        return;
    }
    m_running = true;
    Operation operation = std::move(m_waiting.front());
    m_waiting.pop_front();
    // The caller's handler may delete this store (a window closing on the
    // answer): only a live store goes on.
    operation([this, alive = alive()] {
        if (!alive.expired())
            startNext();
    });
}

} // namespace icc
