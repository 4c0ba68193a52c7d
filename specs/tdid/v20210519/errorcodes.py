# -*- coding: utf8 -*-
# Copyright (c) 2017-2025 Tencent. All Rights Reserved.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#    http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.


# CAM signature/authentication error.
AUTHFAILURE = 'AuthFailure'

# Operation failed.
FAILEDOPERATION = 'FailedOperation'

# Insufficient permissions.
FAILEDOPERATION_INVALIDAUTH = 'FailedOperation.InvalidAuth'

# Operation failed.
FAILEDOPERATION_OPERATIONEXCEPTION = 'FailedOperation.OperationException'

# Internal error.
INTERNALERROR = 'InternalError'

# Server error.
INTERNALERROR_SERVEREXCEPTION = 'InternalError.ServerException'

# Internal service error.
INTERNALERROR_SERVICEERROR = 'InternalError.ServiceError'

# Service error.
INTERNALERROR_SERVICEPANIC = 'InternalError.ServicePanic'

# Unknown error.
INTERNALERROR_UNKNOWNERROR = 'InternalError.UnknownError'

# Invalid parameter.
INVALIDPARAMETER = 'InvalidParameter'

# Invalid parameter value.
INVALIDPARAMETERVALUE = 'InvalidParameterValue'

# Parameter error.
INVALIDPARAMETERVALUE_ILLEGALVALUE = 'InvalidParameterValue.IllegalValue'

# Missing parameter.
MISSINGPARAMETER = 'MissingParameter'

# The resource doesn’t exist.
RESOURCENOTFOUND = 'ResourceNotFound'

# The resource is unavailable.
RESOURCEUNAVAILABLE = 'ResourceUnavailable'

# Unsupported operation.
UNSUPPORTEDOPERATION = 'UnsupportedOperation'
