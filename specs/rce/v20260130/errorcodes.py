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


# System exception.
INTERNALERROR_SYSTEMEXCEPTION = 'InternalError.SystemException'

# Invalid parameter.
INVALIDPARAMETER = 'InvalidParameter'

# Field missed.
INVALIDPARAMETER_FIELDMISSED = 'InvalidParameter.FieldMissed'

# Invalid field format.
INVALIDPARAMETER_INVALIDFORMAT = 'InvalidParameter.InvalidFormat'

# Invalid field value.
INVALIDPARAMETER_INVALIDVALUE = 'InvalidParameter.InvalidValue'

# Field length exceeds the maximum limit.
INVALIDPARAMETER_LENGTHEXCEED = 'InvalidParameter.LengthExceed'

# Data is unauthorized. Check the data authorization letter.
INVALIDPARAMETERVALUE_DATAUNAUTHORIZED = 'InvalidParameterValue.DataUnauthorized'

# Custom parameter keys cannot be duplicated.
INVALIDPARAMETERVALUE_DUPLICATEDKEY = 'InvalidParameterValue.DuplicatedKey'

# Event not exist.
INVALIDPARAMETERVALUE_EVENTNOTEXIST = 'InvalidParameterValue.EventNotExist'

# EventTime differs too much from the current system time
INVALIDPARAMETERVALUE_INVALIDEVENTTIME = 'InvalidParameterValue.InvalidEventTime'

# Tenant not exist.
INVALIDPARAMETERVALUE_TENANTNOTEXIST = 'InvalidParameterValue.TenantNotExist'

# Missing parameter.
MISSINGPARAMETER = 'MissingParameter'

# Missing required field.
MISSINGPARAMETER_FIELDMISSED = 'MissingParameter.FieldMissed'

# Unauthorized operation.
UNAUTHORIZEDOPERATION = 'UnauthorizedOperation'
