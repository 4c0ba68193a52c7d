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


# InternalError.BaradError
INTERNALERROR_BARADERROR = 'InternalError.BaradError'

# InternalError.InternalError
INTERNALERROR_INTERNALERROR = 'InternalError.InternalError'

# InvalidParameter.InvalidParameter
INVALIDPARAMETER_INVALIDPARAMETER = 'InvalidParameter.InvalidParameter'

# InvalidParameter.PeriodExceedsSpan
INVALIDPARAMETER_PERIODEXCEEDSSPAN = 'InvalidParameter.PeriodExceedsSpan'

# InvalidParameter.PeriodTooFineForData
INVALIDPARAMETER_PERIODTOOFINEFORDATA = 'InvalidParameter.PeriodTooFineForData'

# InvalidParameter.TooManyObjects
INVALIDPARAMETER_TOOMANYOBJECTS = 'InvalidParameter.TooManyObjects'

# InvalidParameterValue.InvalidParameterValue
INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUE = 'InvalidParameterValue.InvalidParameterValue'

# The quota limit is exceeded.
LIMITEXCEEDED = 'LimitExceeded'

# MissingParameter.MissingParameter
MISSINGPARAMETER_MISSINGPARAMETER = 'MissingParameter.MissingParameter'

# Operation denied.
OPERATIONDENIED = 'OperationDenied'

# The resource does not exist.
RESOURCENOTFOUND = 'ResourceNotFound'

# ResourceNotFound.GlossaryNotFound
RESOURCENOTFOUND_GLOSSARYNOTFOUND = 'ResourceNotFound.GlossaryNotFound'

# ResourceNotFound.ResourceNotFound
RESOURCENOTFOUND_RESOURCENOTFOUND = 'ResourceNotFound.ResourceNotFound'

# UnauthorizedOperation.UnauthorizedOperation
UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATION = 'UnauthorizedOperation.UnauthorizedOperation'
