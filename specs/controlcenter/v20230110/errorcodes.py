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


# Required baseline item in Account Factory is not configured.
FAILEDOPERATION_AFREQUIREDITEMNOTSELECT = 'FailedOperation.AFRequiredItemNotSelect'

# Contact email is unverified.
FAILEDOPERATION_ACCOUNTFACTORYCONTACTEMAILNOTVERIFY = 'FailedOperation.AccountFactoryContactEmailNotVerify'

# The contact person's mobile phone is unverified.
FAILEDOPERATION_ACCOUNTFACTORYCONTACTPHONENOTVERIFY = 'FailedOperation.AccountFactoryContactPhoneNotVerify'

# Dependencies of the baseline item in account factory are not configured.
FAILEDOPERATION_ACCOUNTFACTORYDEPENDONITEMNOTCONFIG = 'FailedOperation.AccountFactoryDependOnItemNotConfig'

# The number of accounts to which baselines are applied in Account Factory exceeds the limit.
FAILEDOPERATION_ACCOUNTFACTORYMEMBERUINNUMEXCEED = 'FailedOperation.AccountFactoryMemberUinNumExceed'

# The user is deploying account baseline. It cannot be deployed repeatedly.
FAILEDOPERATION_ACCOUNTFACTORYTASKISDEPLOYING = 'FailedOperation.AccountFactoryTaskIsDeploying'

# Control Center service is not enabled.
FAILEDOPERATION_CONTROLCENTERNOTOPEN = 'FailedOperation.ControlCenterNotOpen'

# Database operation exception.
FAILEDOPERATION_DBOPERATIONERROR = 'FailedOperation.DBOperationError'

# The feature item to depend on is not deployed.
FAILEDOPERATION_DEPENDONITEMNOTDEPLOY = 'FailedOperation.DependOnItemNotDeploy'

# Remote call failed.
FAILEDOPERATION_REMOTECALLERROR = 'FailedOperation.RemoteCallError'

# The number of preset tags for baseline items exceeds the maximum allowed number.
INVALIDPARAMETER_ACCOUNTFACTORYTAGEXCEEDMAXNUM = 'InvalidParameter.AccountFactoryTagExceedMaxNum'

# Request parameter error.
INVALIDPARAMETER_PARAMERROR = 'InvalidParameter.ParamError'

# User baseline configuration data does not exist.
RESOURCENOTFOUND_ACCOUNTFACTORYBASELINENOTEXIST = 'ResourceNotFound.AccountFactoryBaselineNotExist'

# The baseline item deployed by the user is not configured.
RESOURCENOTFOUND_ACCOUNTFACTORYITEMNOTCONFIG = 'ResourceNotFound.AccountFactoryItemNotConfig'

# Account Factory baseline does not exist.
RESOURCENOTFOUND_ACCOUNTFACTORYITEMNOTEXIST = 'ResourceNotFound.AccountFactoryItemNotExist'
