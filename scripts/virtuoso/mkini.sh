#!/bin/bash
# usage: mkini.sh DIR SQLPORT HTTPPORT
D=$1; mkdir -p $D/db $D/www
cat > $D/virtuoso.ini <<INI
[Database]
DatabaseFile = $D/db/virtuoso.db
ErrorLogFile = $D/db/virtuoso.log
LockFile = $D/db/virtuoso.lck
TransactionFile = $D/db/virtuoso.trx
xa_persistent_file = $D/db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $D/db/virtuoso-temp.db
TransactionFile = $D/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = $2
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
ServerThreads = 20
CheckpointInterval = 60
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
CheckpointAuditTrail = 0
AllowOSCalls = 0
SchedulerInterval = 10
DirsAllowed = ., /tmp
ThreadCleanupInterval = 0
ThreadThreshold = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize = 100000
SingleCPU = 0
PrefixResultNames = 0
RdfFreeTextRulesSize = 100
IndexTreeMaps = 256
MaxMemPoolSize = 800000000
PrefixResultNames = 0
MacSpotlight = 0
MaxQueryMem = 2G
VectorSize = 1000
MaxVectorSize = 1000000
AdjustVectorSize = 0
ThreadsPerQuery = 2
AsyncQueueMaxThreads = 10
NumberOfBuffers = ${NB:-170000}
MaxDirtyBuffers = ${MDB:-130000}
MaxSortedTopRows = ${MSTR:-10000}

[HTTPServer]
ServerPort = $3
ServerRoot = $D/www
MaxClientConnections = 10
DavRoot = DAV
EnabledDavVSP = 0
HTTPProxyEnabled = 0
TempASPXDir = 0
DefaultMailServer = localhost:25
MaxKeepAlives = 10
KeepAliveTimeout = 10
MaxCachedProxyConnections = 10
ProxyConnectionCacheTimeout = 15
HTTPThreadSize = 280000
HttpPrintWarningsInOutput = 0
Charset = UTF-8
MaintenancePage = atomic.html
EnabledGzipContent = 1

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[VDB]
ArrayOptimization = 0
NumArrayParameters = 10
VDBDisconnectTimeout = 1000
KeepConnectionOnFixedThread = 0

[Replication]
ServerName = dia
ServerEnable = 1
QueueMax = 50000

[Striping]
Segment1 = 100M, db-seg1-1.db, db-seg1-2.db

[SPARQL]
ResultSetMaxRows = ${RSMR:-10000}
MaxQueryCostEstimationTime = ${MQCET:-400}
MaxQueryExecutionTime = ${MQET:-60}
DefaultQuery = select distinct ?Concept where {[] a ?Concept} LIMIT 100
DeferInferenceRulesInit = 0
INI
