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


# Operation failed.
FAILEDOPERATION = 'FailedOperation'

# Transaction exception.
FAILEDOPERATION_CALLTRADE = 'FailedOperation.CallTrade'

# Policy priority is duplicated.
FAILEDOPERATION_DUPLICATEAUTHORIZATIONIDORPRIORITY = 'FailedOperation.DuplicateAuthorizationIdOrPriority'

# DuplicatePolicy
FAILEDOPERATION_DUPLICATEPOLICY = 'FailedOperation.DuplicatePolicy'

# DuplicatePriority
FAILEDOPERATION_DUPLICATEPRIORITY = 'FailedOperation.DuplicatePriority'

# FailedOperation.InstanceNotReady
FAILEDOPERATION_INSTANCENOTREADY = 'FailedOperation.InstanceNotReady'

# The authorization policy does not support being disabled.
FAILEDOPERATION_NOTSUPPORTDISABLEAUTHORIZATIONPOLICY = 'FailedOperation.NotSupportDisableAuthorizationPolicy'

# InstanceTypeNotMatch
INVALIDPARAMETER_INSTANCETYPENOTMATCH = 'InvalidParameter.InstanceTypeNotMatch'

# Parameter value error.
INVALIDPARAMETERVALUE = 'InvalidParameterValue'

# PublicNetworkInvalidParameterValue
INVALIDPARAMETERVALUE_PUBLICNETWORKINVALIDPARAMETERVALUE = 'InvalidParameterValue.PublicNetworkInvalidParameterValue'

# Parameters are missing.
MISSINGPARAMETER = 'MissingParameter'

# Operation denied.
OPERATIONDENIED = 'OperationDenied'

# The resource is occupied.
RESOURCEINUSE = 'ResourceInUse'

# The resource does not exist.
RESOURCENOTFOUND = 'ResourceNotFound'

# Authorization policy not found.
RESOURCENOTFOUND_AUTHORIZATIONPOLICY = 'ResourceNotFound.AuthorizationPolicy'

# ResourceNotFound.Instance
RESOURCENOTFOUND_INSTANCE = 'ResourceNotFound.Instance'

# ResourceNotFound.Message
RESOURCENOTFOUND_MESSAGE = 'ResourceNotFound.Message'

# ResourceNotFound.Role
RESOURCENOTFOUND_ROLE = 'ResourceNotFound.Role'

# ResourceNotFound.Topic
RESOURCENOTFOUND_TOPIC = 'ResourceNotFound.Topic'

# Username not found.
RESOURCENOTFOUND_USERNAME = 'ResourceNotFound.Username'

# Resources are unavailable.
RESOURCEUNAVAILABLE = 'ResourceUnavailable'

# UnsupportedOperation.ResourceAlreadyExists
UNSUPPORTEDOPERATION_RESOURCEALREADYEXISTS = 'UnsupportedOperation.ResourceAlreadyExists'
