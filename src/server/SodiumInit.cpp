#include "SodiumInit.h"

#include <sodium.h>

namespace icc {

bool ensureSodiumInitialized()
{
    // A function-local static runs sodium_init() exactly once, thread-safely.
    // sodium_init() returns 1 when it was already initialised elsewhere.
    static const bool initialized = sodium_init() >= 0;
    return initialized;
}

} // namespace icc
