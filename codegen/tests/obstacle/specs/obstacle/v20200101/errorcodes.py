# -*- coding: utf8 -*-
# Licence header


# Internal error.
INTERNALERROR = 'InternalError'

# A service-specific code.
FAILEDOPERATION_THINGBROKEN = 'FailedOperation.ThingBroken'

# Collides after dropping dots.
FAILEDOPERATIONTHING_BROKEN = 'FailedOperationThing.Broken'

# A code listed without a description follows.
RESOURCENOTFOUND_THING = 'ResourceNotFound.Thing'
