#include "Logging.h"

Q_LOGGING_CATEGORY(lcConnection, "vireo.connection")
Q_LOGGING_CATEGORY(lcWorker, "vireo.worker")
Q_LOGGING_CATEGORY(lcModel, "vireo.model")
