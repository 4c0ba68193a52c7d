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

# Domain name query failed. Please try this feature again later.
FAILEDOPERATION_CHECKDOMAINFAILED = 'FailedOperation.CheckDomainFailed'

# Failed to create the registrant profile.
FAILEDOPERATION_CREATETEMPLATEFAILED = 'FailedOperation.CreateTemplateFailed'

# Failed to get the domain information. Please try again later.
FAILEDOPERATION_DESCRIBEDOMAINLISTFAILED = 'FailedOperation.DescribeDomainListFailed'

# Failed to query the registrant profile.
FAILEDOPERATION_DESCRIBETEMPLATEFAILED = 'FailedOperation.DescribeTemplateFailed'

# Failed to get the domain price list.
FAILEDOPERATION_DOMAINPRICELISTFAILED = 'FailedOperation.DomainPriceListFailed'

# Domain registration failed. Please try again later.
FAILEDOPERATION_REGISTERDOMAIN = 'FailedOperation.RegisterDomain'

# Domain registration failed. Please try again later.
FAILEDOPERATION_REGISTERDOMAINFAILED = 'FailedOperation.RegisterDomainFailed'

# Domain renewal failed. Please try again later.
FAILEDOPERATION_RENEWDOMAINFAILED = 'FailedOperation.RenewDomainFailed'

# Failed to modify the DNS server. Enter a correct DNS server address.
FAILEDOPERATION_SETDOMAINDNSFAILED = 'FailedOperation.SetDomainDnsFailed'

# The number of registrant profiles has reached the maximum number allowed. Delete a profile and try again.
FAILEDOPERATION_TEMPLATEMAXNUMFAILED = 'FailedOperation.TemplateMaxNumFailed'

# Failed to transfer the domain in. Please try again later.
FAILEDOPERATION_TRANSFERINDOMAINFAILED = 'FailedOperation.TransferInDomainFailed'

# Internal error.
INTERNALERROR = 'InternalError'

# Failed to add the mobile number or email address.
INTERNALERROR_ADDPHONEEMAILERR = 'InternalError.AddPhoneEmailErr'

# Failed to get check data.
INTERNALERROR_CHECKDNAVAILABLEERR = 'InternalError.CheckDnAvailableErr'

# Failed to verify the verification code.
INTERNALERROR_CHECKVERIFYCODEERR = 'InternalError.CheckVerifyCodeErr'

# Failed to delete the mobile number or email address.
INTERNALERROR_DELETEPHONEEMAILVERIFYERR = 'InternalError.DeletePhoneEmailVerifyErr'

# Failed to delete the registrant profile.
INTERNALERROR_DELETETEMPLATEERR = 'InternalError.DeleteTemplateErr'

# Failed to query the domain information.
INTERNALERROR_DESCRIBEDOMAININFOERR = 'InternalError.DescribeDomainInfoErr'

# Failed to query the "My domains" list.
INTERNALERROR_DESCRIBEDOMAINLISTERR = 'InternalError.DescribeDomainListErr'

# Failed to get the list of verified mobile numbers and email addresses.
INTERNALERROR_DESCRIBEPHONEEMAILLISTERR = 'InternalError.DescribePhoneEmailListErr'

# Failed to get the details of the registrant profile.
INTERNALERROR_DESCRIBETEMPLATEERR = 'InternalError.DescribeTemplateErr'

# Network error. Please try again later.
INTERNALERROR_DOMAININTERNALERROR = 'InternalError.DomainInternalError'

# Domain transfer failed.
INTERNALERROR_DOMAINTRANSFERERR = 'InternalError.DomainTransferErr'

# Forbidden request.
INTERNALERROR_FORBIDDENREQUEST = 'InternalError.ForbiddenRequest'

# Error in converting to JSON.
INTERNALERROR_JSONMARSHAL = 'InternalError.JsonMarshal'

# Method mismatch.
INTERNALERROR_METHODNOTMATCH = 'InternalError.MethodNotMatch'

# Login is required.
INTERNALERROR_NEEDLOGIN = 'InternalError.NeedLogin'

# Failed to read the body.
INTERNALERROR_READBODYERROR = 'InternalError.ReadBodyError'

# Failed to send a verification code.
INTERNALERROR_SENDVERIFYCODEERR = 'InternalError.SendVerifyCodeErr'

# Failed to set auto-renewal for domains.
INTERNALERROR_SETDOMAINAUTORENEWERR = 'InternalError.SetDomainAutoRenewErr'

# Failed to cancel transfer prohibition for domains.
INTERNALERROR_SETTRANSFERPROHIBITEDERR = 'InternalError.SetTransferProhibitedErr'

# Failed to cancel update prohibition for domains.
INTERNALERROR_SETUPDATEPROHIBITEDERR = 'InternalError.SetUpdateProhibitedErr'

# The mobile number or email address has already been verified.
INTERNALERROR_VERIFIEDPHONEEMAILERR = 'InternalError.VerifiedPhoneEmailErr'

# Incorrect verification code.
INTERNALERROR_VERIFYCODEERR = 'InternalError.VerifyCodeErr'

# Invalid parameter.
INVALIDPARAMETER = 'InvalidParameter'

# Incorrect qualification information.
INVALIDPARAMETER_CERTIFICATECODEISINVALID = 'InvalidParameter.CertificateCodeIsInvalid'

# Incorrect qualification photo.
INVALIDPARAMETER_CERTIFICATEIMAGEISINVALID = 'InvalidParameter.CertificateImageIsInvalid'

# You have no permission to customize DNS servers.
INVALIDPARAMETER_CUSTOMDNSNOTALLOWED = 'InvalidParameter.CustomDnsNotAllowed'

# The domain is empty or incorrect.
INVALIDPARAMETER_DOMAINNAMEISINVALID = 'InvalidParameter.DomainNameIsInvalid'

# The email address is empty or incorrect.
INVALIDPARAMETER_EMAILISINVALID = 'InvalidParameter.EmailIsInvalid'

# The first name is empty or incorrect.
INVALIDPARAMETER_FIRSTNAMEISINVALID = 'InvalidParameter.FirstNameIsInvalid'

# The last name is empty or incorrect.
INVALIDPARAMETER_LASTNAMEISINVALID = 'InvalidParameter.LastNameIsInvalid'

# The contact person is empty or incorrect.
INVALIDPARAMETER_NAMEISINVALID = 'InvalidParameter.NameIsInvalid'

# The registrant is empty or incorrect.
INVALIDPARAMETER_ORGISINVALID = 'InvalidParameter.OrgIsInvalid'

# Invalid package ID.
INVALIDPARAMETER_PACKAGERESOURCEIDINVALID = 'InvalidParameter.PackageResourceIdInvalid'

# Invalid request type.
INVALIDPARAMETER_REPTYPEISINVALID = 'InvalidParameter.RepTypeIsInvalid'

# Incorrect address. Please enter a correct one.
INVALIDPARAMETER_STREETISINVALID = 'InvalidParameter.StreetIsInvalid'

# The mobile number is empty or invalid.
INVALIDPARAMETER_TELEPHONEISINVALID = 'InvalidParameter.TelephoneIsInvalid'

# The number of domains cannot exceed 4,000.
INVALIDPARAMETER_UPTO4000 = 'InvalidParameter.UpTo4000'

# The user type is empty or invalid.
INVALIDPARAMETER_USERTYPEISINVALID = 'InvalidParameter.UserTypeIsInvalid'

# The zip code is empty or invalid.
INVALIDPARAMETER_ZIPCODEISINVALID = 'InvalidParameter.ZipCodeIsInvalid'

# Invalid parameter value.
INVALIDPARAMETERVALUE_INVALIDPARAMETERFORMAT = 'InvalidParameterValue.InvalidParameterFormat'

# Missing parameter.
MISSINGPARAMETER = 'MissingParameter'

# The route is not defined.
MISSINGPARAMETER_ACTIONNOTFOUND = 'MissingParameter.ActionNotFound'

# The domain cannot be empty.
MISSINGPARAMETER_DOMAINISEMPTY = 'MissingParameter.DomainIsEmpty'

# The request data cannot be empty.
MISSINGPARAMETER_REPDATAISNONE = 'MissingParameter.RepDataIsNone'

# The profile ID is empty or invalid.
MISSINGPARAMETER_TEMPLATEIDISEMPTY = 'MissingParameter.TemplateIdIsEmpty'

# This profile already exists.
MISSINGPARAMETER_TEMPLATEIDISEXIST = 'MissingParameter.TemplateIdIsExist'

# Too many tasks are being executed. Please submit new ones later.
RESOURCEINSUFFICIENT_OVERWORK = 'ResourceInsufficient.Overwork'

# The resource doesn’t exist.
RESOURCENOTFOUND = 'ResourceNotFound'

# The identity is not verified for the profile.
RESOURCENOTFOUND_APPROVEDTEMPLATENOTFOUND = 'ResourceNotFound.ApprovedTemplateNotFound'

# The domain address is incorrect. Please enter a correct one.
RESOURCENOTFOUND_DOMAINNOTFOUND = 'ResourceNotFound.DomainNotFound'

# The profile information is incorrect. Please set information correctly.
RESOURCENOTFOUND_TEMPLATENOTFOUND = 'ResourceNotFound.TemplateNotFound'

# Unable to perform this operation because an operation of the same type is in progress for this domain.
RESOURCEUNAVAILABLE_DOMAINISMODIFYINGDNS = 'ResourceUnavailable.DomainIsModifyingDNS'

# This operation is unavailable under the current domain status.
UNSUPPORTEDOPERATION_MODIFYDOMAININFOOPERATEUNSUPPORTED = 'UnsupportedOperation.ModifyDomainInfoOperateUnsupported'

# Modification is unavailable under the current domain status.
UNSUPPORTEDOPERATION_MODIFYDOMAININFOUNSUPPORTED = 'UnsupportedOperation.ModifyDomainInfoUnsupported'

# Modification is unavailable under the current domain status.
UNSUPPORTEDOPERATION_MODIFYDOMAINUNSUPPORTED = 'UnsupportedOperation.ModifyDomainUnsupported'
